using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class LegalPagesJourneyTests(KestrelAppFixture app, BrowserFixture browser)
{
    private static readonly (string Link, string Heading)[] FooterPages =
    [
        ("Mentions légales", "Mentions légales"),
        ("Données personnelles", "Données personnelles"),
        ("Cookies", "Cookies"),
    ];

    [SkippableFact]
    public async Task VisitorReachesTheStatementAndEachLegalPageFromTheFooter()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var context = await browser.NewContextAsync(app.BaseAddress);
        var home = await HomePage.OpenAsync(await context.NewPageAsync());
        var page = home.Page;
        var footer = page.GetByRole(AriaRole.Contentinfo);
        var problems = new List<string>();
        problems.AddRange(await PageAudit.FindReflowProblemsAsync(page, "accueil (pied de page)"));

        await footer.GetByRole(AriaRole.Link, new() { NameRegex = new("^Accessibilité : ") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Déclaration d'accessibilité" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Résultats de l'audit par thématique du RGAA" })).ToBeVisibleAsync();
        problems.AddRange(await PageAudit.FindProblemsAsync(page, "accessibilité"));
        problems.AddRange(await PageAudit.FindReflowProblemsAsync(page, "accessibilité"));

        foreach (var (link, heading) in FooterPages)
        {
            await footer.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = heading, Exact = true })).ToBeVisibleAsync();
            problems.AddRange(await PageAudit.FindProblemsAsync(page, heading));
            problems.AddRange(await PageAudit.FindReflowProblemsAsync(page, heading));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
