using Roadmap.Application.Accessibility;
using Roadmap.Application.Common;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Legal.LegalPages;

namespace Roadmap.Web.Tests.Legal;

/// <summary>/accessibilite publishes the audit as RgaaCriteria computes it, and the footer of every page says its state.</summary>
public sealed class AccessibilityStatementTests(WebApp web) : IClassFixture<WebApp>
{
    private static readonly AccessibilityAudit Audit = RgaaCriteria.Audit;

    [Fact]
    public async Task StatementAnnouncesTheStateComputedFromTheCriteria()
    {
        var page = await OpenAsync(web.Anonymous(), "/accessibilite");

        Assert.Contains($"Roadmap est {Audit.State.Label()} avec le référentiel", Text(page, "#etat-conformite"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatementGivesTheShareOfApplicableCriteriaMet()
    {
        var page = await OpenAsync(web.Anonymous(), "/accessibilite");
        var percent = FrenchFormat.OneDecimal((double)(Audit.Met * 100m / Audit.Applicable));

        var rate = Text(page, "#taux-conformite");

        Assert.Contains($"révèle que {percent} % des critères", rate, StringComparison.Ordinal);
        Assert.Contains($"{Audit.Met} critères respectés sur {Audit.Applicable} applicables", rate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatementTabulatesEveryThemeWithItsCounts()
    {
        var page = await OpenAsync(web.Anonymous(), "/accessibilite");

        var rows = page.QuerySelectorAll("table tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim().Replace('\u00a0', ' '))))
            .ToList();

        Assert.Equal(
            Audit.Themes.Select(t => $"{t.Number}. {t.Name} | {t.Met} | {t.NotMet} | {t.NotApplicable} | {(t.Rate is { } r ? FrenchFormat.OneDecimal((double)(r * 100)) + " %" : "non applicable")}"),
            rows);
    }

    [Fact]
    public async Task StatementListsEachCriterionNotMetWithItsReason()
    {
        var page = await OpenAsync(web.Anonymous(), "/accessibilite");

        var items = page.QuerySelectorAll("#non-conformites li").Select(li => li.TextContent).ToList();

        Assert.Equal(Audit.NotMet.Select(c => $"Critère {c.Number} — {c.Title}. {c.Justification}"), items);
        Assert.Contains(items, i => i.StartsWith("Critère 12.1 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StatementGivesTheContactAndTheDefenderOfRightsRecourse()
    {
        var page = await OpenAsync(web.Anonymous(), "/accessibilite");
        var text = Text(page, "main");

        Assert.Contains("mailto:accessibilite@demo.roadmap.local", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Contains("https://formulaire.defenseurdesdroits.fr/", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Contains("09 69 39 00 00", text, StringComparison.Ordinal);
        Assert.Contains("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07", text, StringComparison.Ordinal);
        Assert.Contains($"établie le {FrenchFormat.Date(Audit.Date)}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feuilles-de-route/usages-numeriques-sarthe")]
    [InlineData("/compte/connexion")]
    public async Task FooterLinksTheStatementWithItsStateAndTheLegalPages(string path)
    {
        var page = await OpenAsync(web.Anonymous(), path);

        var links = page.QuerySelectorAll("footer a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();

        Assert.Equal(
            [("/accessibilite", $"Accessibilité : {Audit.State.Label()}"), ("/mentions-legales", "Mentions légales"),
             ("/donnees-personnelles", "Données personnelles"), ("/cookies", "Cookies")],
            links);
    }
}
