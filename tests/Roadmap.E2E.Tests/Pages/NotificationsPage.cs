using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>The signed-in user's notifications (/notifications), reached from the header.</summary>
public sealed class NotificationsPage(IPage page)
{
    public IPage Page => page;

    public ILocator Unread => page.Locator(".notification-unread");

    public static async Task<NotificationsPage> OpenFromHeaderAsync(IPage page)
    {
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
        await page.WaitForURLAsync("**/notifications");
        return new NotificationsPage(page);
    }
}
