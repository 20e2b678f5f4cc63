using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Actions.GetActionControls;
using Roadmap.Application.Domain.Actions;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

public sealed class ActionControlsPanelTests : BunitContext
{
    private static readonly Guid ActionId = Guid.NewGuid();

    [Fact]
    public void ShowsNothingToAVisitorWithoutRights()
    {
        var cut = RenderPanel(ActionControls.None);

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void OffersTheProposerToEditAndWithdraw()
    {
        var cut = RenderPanel(new ActionControls(true, true, [], [], 0));

        Assert.Equal($"/feuilles-de-route/sarthe/actions/{ActionId}/modifier", cut.Find("a.button").GetAttribute("href"));
        Assert.Equal("Retirer ma proposition", cut.Find("button[type=submit]").TextContent.Trim());
        Assert.Empty(cut.FindAll("#examen-statut"));
    }

    [Fact]
    public void OffersStaffOnlyTheStatusesTheActionCanMoveTo()
    {
        var cut = RenderPanel(new ActionControls(false, false, [ActionStatus.InProgress, ActionStatus.Done], [], 0));

        Assert.Equal(["En cours de réalisation", "Réalisée"], cut.FindAll("#examen-statut option").Select(o => o.TextContent));
        Assert.Empty(cut.FindAll("#examen-fusion"));
    }

    [Fact]
    public void TheReviewFormLabelsEachField()
    {
        var cut = RenderPanel(new ActionControls(false, false, [ActionStatus.Retained, ActionStatus.Merged, ActionStatus.InProgress], [new MergeTarget(Guid.NewGuid(), "Autre action")], 0));

        Assert.Equal(
            ["Nouveau statut", "Motif public", "Avancement en % (pour « En cours de réalisation »)", "Fusionner dans (pour « Fusionnée »)"],
            cut.FindAll("#examen-titre ~ form label").Select(l => l.TextContent));
        Assert.All(cut.FindAll("#examen-titre ~ form label"), l => Assert.NotNull(cut.Find($"#{l.GetAttribute("for")}")));
    }

    private IRenderedComponent<ActionControlsPanel> RenderPanel(ActionControls controls)
    {
        Services.AddSingleton<IMediator>(new FakeMediator().On<GetActionControls>(controls));
        return Render<ActionControlsPanel>(p => p.Add(c => c.RoadmapSlug, "sarthe").Add(c => c.ActionId, ActionId));
    }
}
