using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/feuilles-de-route/{slug}/axes: the roadmap's strategic axes and their objectives.</summary>
public sealed class AxesPage(IPage page)
{
    public IPage Page => page;

    public ILocator ActiveAxes => page.Locator("ol.axis-admin-list > li h3");

    public static async Task<AxesPage> OpenAsync(IPage page, string slug, string roadmapTitle)
    {
        await page.GotoAsync($"/feuilles-de-route/{slug}/axes");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Axes et objectifs de « {roadmapTitle} »");
        return new AxesPage(page);
    }

    public async Task AddAsync(string title, string description, params string[] objectives)
    {
        var form = page.Locator("form[aria-labelledby=\"ajouter\"]");
        await form.GetByLabel("Titre de l'axe").FillAsync(title);
        await form.GetByLabel("Description (facultative)").FillAsync(description);
        await form.GetByLabel("Objectifs, un par ligne, dans l'ordre").FillAsync(string.Join("\n", objectives));
        await form.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'axe" }).ClickAsync();
        await Expect(ActiveAxes.Filter(new() { HasText = title })).ToBeVisibleAsync();
    }

    public async Task<RulesPage> OpenRulesAsync(string roadmapTitle)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Règles de participation" }).ClickAsync();
        return await RulesPage.WaitForAsync(page, roadmapTitle);
    }
}
