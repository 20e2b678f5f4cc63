using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

public sealed partial class ActionPage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.Locator("h1");

    public ILocator IndicatorsTable => page.Locator("section[aria-labelledby=\"indicateurs-titre\"] table");

    public static async Task<ActionPage> WaitForAsync(IPage page, string title)
    {
        await Expect(page).ToHaveURLAsync(ActionUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        return new ActionPage(page);
    }

    [GeneratedRegex(@"/feuilles-de-route/[a-z0-9-]+/actions/[0-9a-f-]{36}$")]
    private static partial Regex ActionUrl();
}
