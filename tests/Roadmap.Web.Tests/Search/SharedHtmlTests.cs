using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Web.Components.Pages.Roadmaps;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Tests.Search;

/// <summary>A page of search results' cards, written once for the shared results every reader gets (issue 14).</summary>
public sealed class SharedHtmlTests(SearchWebApp app) : IClassFixture<SearchWebApp>
{
    private SharedHtml Html => app.App.Services.GetRequiredService<SharedHtml>();

    private static IReadOnlyList<ActionSearchItem> Items(string title) =>
        [new(Guid.NewGuid(), title, "Un résumé « court »", Guid.NewGuid(), "Inclusion numérique", "Mairie du Mans", ActionStatus.InProgress, 40, 3, 2, DateTimeOffset.UnixEpoch)];

    private async Task<string> CardsAsync(IReadOnlyList<ActionSearchItem> items, string slug) =>
        (await Html.OfAsync<SearchResultList>(items, new Dictionary<string, object?>
        {
            [nameof(SearchResultList.Items)] = items,
            [nameof(SearchResultList.RoadmapSlug)] = slug,
        })).Value;

    [Fact]
    public async Task TheSameResultsAreWrittenOnce()
    {
        var items = Items("Des ateliers numériques");

        var first = await CardsAsync(items, "sarthe");
        var second = await CardsAsync(items, "sarthe");

        Assert.Same(first, second);
        Assert.Contains($"<a href=\"/feuilles-de-route/sarthe/actions/{items[0].Id}\">Des ateliers numériques</a>", first, StringComparison.Ordinal);
        Assert.Contains("En cours de réalisation (40 %)", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewReadIsWrittenAfresh()
    {
        var before = await CardsAsync(Items("Avant la modification"), "sarthe");
        var after = await CardsAsync(Items("Après la modification"), "sarthe");

        Assert.Contains("Avant la modification", before, StringComparison.Ordinal);
        Assert.Contains("Après la modification", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Avant", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherVariantOfTheSameResultsIsWrittenAfresh()
    {
        var items = Items("Des ateliers numériques");

        await CardsAsync(items, "sarthe");

        Assert.Contains("/feuilles-de-route/drome/actions/", await CardsAsync(items, "drome"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextStaysTextAndAccentsAreSentAsTheyAre()
    {
        var html = await CardsAsync(Items("<script>alert(1)</script> Étang & forêt"), "sarthe");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Étang &amp; forêt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Un résumé « court »", html, StringComparison.Ordinal);
    }
}
