using System.Globalization;
using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Inclusion;

/// <summary>
/// Issue 13: on a 256 kbit/s line with 400 ms round trips, first visit (no cache), the action page, the roadmap
/// page and the participant room are usable within 5 s of the navigation's start: the load event has fired and
/// the page's main content and main button are visible. Prints the figures of each page.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class SlowNetworkTests(KestrelAppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Sarthe = "/feuilles-de-route/usages-numeriques-sarthe";
    private const int BitsPerSecond = 256_000;
    private const int RoundTripMilliseconds = 400;
    private const double UsableWithinMilliseconds = 5_000;

    [SkippableFact]
    public async Task TheRoadmapPageIsUsableWithin5SecondsOnASlowLine()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var context = await browser.NewContextAsync(app.BaseAddress);
        var page = await context.NewPageAsync();

        await MeasureAsync(context, page, Sarthe, page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }), page.Locator(".action-list a").First);
    }

    [SkippableFact]
    public async Task TheActionPageIsUsableWithin5SecondsOnASlowLine()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var context = await browser.NewContextAsync(app.BaseAddress);
        var page = await SignIn.AsAsync(context, SignIn.Citizen);
        await page.GotoAsync(Sarthe);
        var action = await page.Locator(".action-list a").First.GetAttributeAsync("href") ?? throw new InvalidOperationException("Aucune action listée.");

        await MeasureAsync(context, page, action, page.GetByRole(AriaRole.Button, new() { Name = "Soutenir cette action" }), page.GetByLabel("Votre commentaire"));
    }

    [SkippableFact]
    public async Task TheParticipantRoomIsUsableWithin5SecondsOnASlowLine()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var facilitatorContext = await browser.NewContextAsync(app.BaseAddress);
        var facilitator = new WorkshopPages(await SignIn.AsAsync(facilitatorContext, SignIn.Facilitator));
        await facilitator.ScheduleAsync("usages-numeriques-sarthe", $"Atelier à la campagne {Guid.NewGuid().ToString("N")[..6]}", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)));
        await facilitator.OpenConsoleAndTheRoomAsync();
        await using var context = await browser.NewContextAsync(app.BaseAddress);
        var room = await RoomPage.JoinAsGuestAsync(await context.NewPageAsync(), facilitator.JoinCode, "Mairie de Vibraye");
        await Expect(room.Page.Locator("#room-hand")).ToBeVisibleAsync();

        await MeasureAsync(context, room.Page, room.Page.Url, room.Page.Locator("#room-hand"), room.Page.GetByLabel("Votre idée"));
    }

    /// <summary>Loads the page on the throttled line, waits for what makes it usable, and asserts it came in time.</summary>
    private async Task MeasureAsync(IBrowserContext context, IPage page, string url, ILocator mainButton, ILocator mainContent)
    {
        // Once at full speed first: the figures are those of the line, not of a server that has just started.
        await page.GotoAsync(url);
        var meter = await NetworkMeter.AttachAsync(context, page);
        await meter.ThrottleAsync(BitsPerSecond, RoundTripMilliseconds);
        meter.Reset();

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(mainContent).ToBeVisibleAsync();
        await Expect(mainButton).ToBeVisibleAsync();
        var usable = await page.EvaluateAsync<double>("() => performance.now()");
        var timing = await page.EvaluateAsync<double[]>(
            "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd]; }");

        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{url} à 256 kbit/s, 400 ms : HTML reçu {timing[0]:0} ms, DOMContentLoaded {timing[1]:0} ms, load {timing[2]:0} ms, utilisable {usable:0} ms ; {meter.Bytes / 1024.0:0.0} Ko en {meter.Responses} réponses");
        output.WriteLine(figures);
        Assert.True(usable < UsableWithinMilliseconds, figures);
    }
}
