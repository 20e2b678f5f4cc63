using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

public sealed partial class RoadmapPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Waits for the new page's content, not only its URL.</summary>
    public static async Task<RoadmapPage> WaitForAsync(IPage page, string title)
    {
        await Expect(page).ToHaveURLAsync(RoadmapUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        return new RoadmapPage(page);
    }

    /// <summary>Opens the first action listed and returns its page with the title that was clicked.</summary>
    public async Task<(ActionPage Page, string Title)> OpenFirstActionAsync()
    {
        var link = page.Locator(".action-list a").First;
        var title = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        return (await ActionPage.WaitForAsync(page, title), title);
    }

    [GeneratedRegex(@"/feuilles-de-route/[a-z0-9-]+$")]
    private static partial Regex RoadmapUrl();
}
