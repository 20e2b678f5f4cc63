using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Pages;

public sealed class HomePage(IPage page)
{
    public IPage Page => page;

    public static async Task<HomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        return new HomePage(page);
    }

    public async Task<RoadmapPage> OpenRoadmapAsync(string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        return await RoadmapPage.WaitForAsync(page, title);
    }
}
