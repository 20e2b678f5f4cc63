using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Journeys;

/// <summary>
/// Issue 4's journey, two browser contexts: a facilitator schedules a workshop, opens the room, the
/// console and the big screen; a guest joins with the code; a poll opens, the guest votes, the big
/// screen's bars move; the workshop ends and its minutes carry the exact result. Axe on the room,
/// the console and the big screen, while they are live; a guest's applause reaches the big screen.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class LiveWorkshopJourneyTests(KestrelAppFixture app, BrowserFixture browser)
{
    private const string Sarthe = "usages-numeriques-sarthe";

    [SkippableFact]
    public async Task AGuestsBallotMovesTheBigScreenAndEndsUpInThePublishedMinutes()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var problems = new List<string>();
        var title = $"Atelier inclusion numérique {Guid.NewGuid().ToString("N")[..6]}";
        const string Question = "Quelle priorité pour 2027 ?";

        await using var facilitatorContext = await browser.NewContextAsync(app.BaseAddress);
        var facilitator = new WorkshopPages(await SignIn.AsAsync(facilitatorContext, SignIn.Facilitator));
        await facilitator.ScheduleAsync(Sarthe, title, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)));
        await facilitator.OpenConsoleAndTheRoomAsync();

        var screen = await facilitatorContext.NewPageAsync();
        await screen.GotoAsync($"/ateliers/{facilitator.WorkshopId}/ecran");
        await Expect(screen.Locator("main, body").First).ToContainTextAsync(facilitator.JoinCode);

        await using var guestContext = await browser.NewContextAsync(app.BaseAddress);
        var room = await RoomPage.JoinAsGuestAsync(await guestContext.NewPageAsync(), facilitator.JoinCode, "Mairie de Bessé-sur-Braye");

        await facilitator.OpenPollAsync(Question, "Médiation numérique", "Fibre", "Tiers-lieux");
        await room.VoteAsync(Question, "Fibre");

        var fibre = screen.Locator(".poll-bar").Filter(new() { HasText = "Fibre" });
        await Expect(fibre.Locator(".poll-bar-value")).ToHaveTextAsync("1 vote (100 %)");
        await Expect(screen.Locator(".poll-bar").Filter(new() { HasText = "Médiation numérique" }).Locator(".poll-bar-value")).ToHaveTextAsync("0 vote (0 %)");

        await room.Page.GetByRole(AriaRole.Button, new() { Name = "Applaudir" }).ClickAsync();
        await Expect(screen.Locator("#screen-reactions")).ToHaveTextAsync("Réactions de la dernière minute : 👏 1");

        problems.AddRange(await PageAudit.FindProblemsAsync(room.Page, "salle"));
        problems.AddRange(await PageAudit.FindProblemsAsync(facilitator.Page, "console"));
        problems.AddRange(await PageAudit.FindProblemsAsync(screen, "grand écran"));

        await facilitator.ClosePollAsync();
        await facilitator.EndAsync();
        await Expect(room.Page.Locator("main")).ToContainTextAsync("terminé");

        var minutes = await facilitator.PublishMinutesAsync();
        Assert.Contains(Question, minutes, StringComparison.Ordinal);
        Assert.Contains("Fibre", minutes, StringComparison.Ordinal);

        await room.Page.GotoAsync($"/ateliers/{facilitator.WorkshopId}");
        await Expect(room.Page.Locator("main")).ToContainTextAsync(Question);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
