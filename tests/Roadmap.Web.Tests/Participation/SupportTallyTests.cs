using Bunit;
using Roadmap.Web.Components.Pages.Actions;

namespace Roadmap.Web.Tests.Participation;

public sealed class SupportTallyTests : BunitContext
{
    [Fact]
    public void ShowsSupportsByRoleWithTheirShareAndTotal()
    {
        var cut = Render<SupportTally>(p => p.Add(t => t.Tally, Tallies.Of(elected: 1, actors: 1, citizens: 2, staff: 0)));

        var table = cut.FindAll("table")[0];
        Assert.Equal("Soutiens par rôle", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(
            ["Élu·e|1|25 %", "Acteur du territoire|1|25 %", "Citoyen·ne|2|50 %", "Animateur·rice / Administrateur·rice|0|0 %", "Total|4|100 %"],
            table.QuerySelectorAll("tbody tr, tfoot tr").Select(Row));
    }

    [Fact]
    public void ShowsSupportsByOrganisation()
    {
        var cut = Render<SupportTally>(p => p.Add(t => t.Tally, Tallies.Of(elected: 2, actors: 0, citizens: 3, staff: 0)));

        var table = cut.FindAll("table")[1];
        Assert.Equal("Soutiens par organisation", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["La Flèche|Commune|2", "Sans organisation||3"], table.QuerySelectorAll("tbody tr").Select(Row));
    }

    [Fact]
    public void HeadersAreScopedForScreenReaders()
    {
        var cut = Render<SupportTally>(p => p.Add(t => t.Tally, Tallies.Of(1, 0, 0, 0)));

        Assert.All(cut.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(cut.FindAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
    }

    [Fact]
    public void SaysSoWhenNobodySupportsYet()
    {
        var cut = Render<SupportTally>(p => p.Add(t => t.Tally, Tallies.Of(0, 0, 0, 0)));

        Assert.Empty(cut.FindAll("table"));
        Assert.Equal("Aucun soutien pour l'instant.", cut.Find("p").TextContent);
    }

    [Fact]
    public void SaysTheSupportsWillBeRevealedWhileTheyAreHidden()
    {
        var cut = Render<SupportTally>(p => p.Add(t => t.Tally, Tallies.Hidden()));

        Assert.Empty(cut.FindAll("table"));
        Assert.Equal(SupportTally.HiddenNotice, cut.Find("p").TextContent);
    }

    private static string Row(AngleSharp.Dom.IElement row) =>
        string.Join('|', row.Children.Select(c => c.TextContent.Trim())).Replace('\u00a0', ' ');
}
