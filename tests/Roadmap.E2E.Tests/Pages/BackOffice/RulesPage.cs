using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/feuilles-de-route/{slug}/regles: who proposes, who supports, the cap.</summary>
public sealed class RulesPage(IPage page)
{
    public IPage Page => page;

    public static async Task<RulesPage> WaitForAsync(IPage page, string roadmapTitle)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Règles de participation de « {roadmapTitle} »");
        return new RulesPage(page);
    }

    /// <summary>The choice « only officials and actors propose » (the default of a new roadmap).</summary>
    public ILocator OnlyOfficialsAndActorsPropose =>
        page.GetByRole(AriaRole.Group, new() { Name = "Qui peut proposer des actions ?" }).GetByLabel("Les élu·es et les acteurs du territoire");
}
