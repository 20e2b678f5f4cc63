using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/admin/feuilles-de-route: the roadmaps the signed-in person manages.</summary>
public sealed class AdminRoadmapsPage(IPage page)
{
    public IPage Page => page;

    public ILocator Rows => page.Locator("table tbody tr");

    public static async Task<AdminRoadmapsPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/admin/feuilles-de-route");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Feuilles de route");
        return new AdminRoadmapsPage(page);
    }

    public async Task<NewRoadmapPage> StartNewAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer une feuille de route" }).ClickAsync();
        return await NewRoadmapPage.WaitForAsync(page);
    }
}
