using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Mediation.ListMyContributions;
using Roadmap.Web.Components.Pages.Mediation;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mediation;

public sealed class MyMediatedContributionsPageTests : BunitContext
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AHiddenEntrySaysInWordsThatModerationHidItAndWhy()
    {
        var cut = Render(Entry("Jeanne") with { HiddenAt = Recorded.AddDays(1), HiddenReason = "Propos injurieux envers un voisin" }, Entry("Paul"));

        var items = cut.FindAll("li.card");
        Assert.Contains("Masquée par la modération le", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("motif : « Propos injurieux envers un voisin »", items[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Masquée", items[1].TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<MyMediatedContributionsPage> Render(params MyContribution[] items)
    {
        Services.AddSingleton<IMediator>(new FakeMediator().On<ListMyContributions>(new MyContributionsPage(items, 1, ListMyContributions.PageSize, items.Length)));
        return Render<MyMediatedContributionsPage>();
    }

    private static MyContribution Entry(string firstName) => new(
        Guid.NewGuid(), MediatedContributionKind.Comment, "Feuille de route", "/feuilles-de-route/sarthe", "Une action", "France Services",
        firstName, "D", "La Flèche", null, "", "Il faudrait des permanences le samedi.", Recorded, null, Correctable: false);
}
