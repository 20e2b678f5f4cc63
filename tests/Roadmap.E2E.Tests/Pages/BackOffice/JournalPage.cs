using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/admin/journal: every back-office change, most recent first.</summary>
public sealed class JournalPage(IPage page)
{
    public IPage Page => page;

    public ILocator Entries => page.Locator("table tbody tr");

    public ILocator Entry(string text) => Entries.Filter(new() { HasText = text });

    public static async Task<JournalPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/admin/journal");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Journal des modifications");
        return new JournalPage(page);
    }
}
