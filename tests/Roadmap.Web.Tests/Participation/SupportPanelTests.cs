using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Participation;

public sealed class SupportPanelTests : BunitContext
{
    private const string Slug = "usages-numeriques-sarthe";

    private readonly Guid _actionId = Guid.NewGuid();

    [Fact]
    public void AnonymousVisitorsAreInvitedToSignInAndComeBack()
    {
        var cut = RenderWith(Tallies.Of(1, 0, 2, 0));

        var link = cut.Find("a[href^='/compte/connexion']");
        Assert.Equal("Connectez-vous pour soutenir", link.TextContent);
        Assert.Equal($"/compte/connexion?returnUrl=%2Ffeuilles-de-route%2F{Slug}%2Factions%2F{_actionId}", link.GetAttribute("href"));
        Assert.Empty(cut.FindAll("form"));
    }

    [Fact]
    public void AnonymousVisitorsReadWhySupportsAreClosed()
    {
        var cut = RenderWith(Tallies.Closed("Les soutiens sont fermés : la feuille de route est en phase « Arbitrage »."));

        Assert.Empty(cut.FindAll("a[href^='/compte/connexion']"));
        Assert.Contains("en phase « Arbitrage »", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ASignedInParticipantGetsTheSupportButton()
    {
        var cut = RenderWith(Tallies.Of(0, 0, 1, 0, Tallies.Viewer()));

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("Soutenir cette action", form.QuerySelector("button[type=submit]")!.TextContent);
    }

    [Fact]
    public void ASupporterMayTakeTheirSupportBack()
    {
        var cut = RenderWith(Tallies.Of(0, 0, 1, 0, Tallies.Viewer(supports: true)));

        Assert.Equal("Retirer mon soutien", cut.Find("form button[type=submit]").TextContent);
        Assert.Contains("Vous soutenez cette action.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ASupporterStillSeesTheySupportAndTheirQuotaWhileTheCountsAreHidden()
    {
        var cut = RenderWith(Tallies.Hidden(Tallies.Viewer(supports: true, remaining: 2)) with { MaxSupportsPerParticipant = 3 });

        Assert.Contains("Vous soutenez cette action.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Il vous reste 2 soutiens sur 3 pour cette feuille de route.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(SupportTally.HiddenNotice, cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void ShowsTheSupportsLeftWhenTheRoadmapHasACap()
    {
        var cut = RenderWith(Tallies.Of(0, 0, 1, 0, Tallies.Viewer(remaining: 7), cap: 10));

        Assert.Contains("Il vous reste 7 soutiens sur 10 pour cette feuille de route.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainsWhyTheParticipantMayNotSupport()
    {
        const string Refusal = "Sur cette feuille de route, seuls les élu·es et les acteurs du territoire peuvent soutenir des actions.";

        var cut = RenderWith(Tallies.Of(1, 0, 0, 0, Tallies.Viewer(maySupport: false, refusal: Refusal)));

        Assert.Empty(cut.FindAll("form"));
        Assert.Contains(Refusal, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnElectedOfficialMayCoSignForTheirCollectivity()
    {
        var endorsement = new ViewerEndorsement(Guid.NewGuid(), "La Flèche", Endorsed: false, MayEndorse: true, MayWithdraw: false);

        var cut = RenderWith(Tallies.Of(1, 0, 0, 0, Tallies.Viewer(endorsement: endorsement)));

        Assert.Contains(cut.FindAll("form button[type=submit]"), b => b.TextContent == "Co-signer au nom de La Flèche");
    }

    [Fact]
    public void TheTallyTablesComeWithThePanel()
    {
        var cut = RenderWith(Tallies.Of(1, 0, 2, 0));

        Assert.Equal(["Soutiens par rôle", "Soutiens par organisation"], cut.FindAll("caption").Select(c => c.TextContent));
    }

    private IRenderedComponent<SupportPanel> RenderWith(SupportTallyView tally)
    {
        Services.AddSingleton<IMediator>(new FakeMediator().On<GetSupportTally>(tally with { ActionId = _actionId }));
        return Render<SupportPanel>(p => p.Add(c => c.RoadmapSlug, Slug).Add(c => c.ActionId, _actionId));
    }
}
