using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class BrowseRoadmapJourneyTests(KestrelAppFixture app, BrowserFixture browser)
{
    private const string SartheRoadmap = "Feuille de route territoriale des usages numériques";

    [SkippableFact]
    public async Task VisitorReachesAnActionWithItsIndicatorsFromTheHomePage()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var context = await browser.NewContextAsync(app.BaseAddress);
        var problems = new List<string>();

        var home = await HomePage.OpenAsync(await context.NewPageAsync());
        problems.AddRange(await PageAudit.FindProblemsAsync(home.Page, "accueil"));

        var roadmap = await home.OpenRoadmapAsync(SartheRoadmap);
        problems.AddRange(await PageAudit.FindProblemsAsync(roadmap.Page, "feuille de route"));

        var (action, title) = await roadmap.OpenFirstActionAsync();
        await Expect(action.Heading).ToBeVisibleAsync();
        await Expect(action.Heading).ToHaveTextAsync(title);
        await Expect(action.Indicators).ToBeVisibleAsync();
        await Expect(action.Indicators).ToContainTextAsync("Cible");
        problems.AddRange(await PageAudit.FindProblemsAsync(action.Page, "action"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
