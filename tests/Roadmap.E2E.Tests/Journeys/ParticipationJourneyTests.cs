using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Journeys;

/// <summary>
/// Issue 3's journey: an élu proposes an action, a citizen comments and supports it, a facilitator
/// retains it with a public reason, and the citizen reads the notification. Three browser
/// contexts, one per person; every page they see is audited (one h1, skip link, axe).
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class ParticipationJourneyTests(KestrelAppFixture app, BrowserFixture browser)
{
    private const string Sarthe = "usages-numeriques-sarthe";

    [SkippableFact]
    public async Task ProposedActionIsSupportedCommentedRetainedAndTheCitizenIsNotified()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var problems = new List<string>();
        var title = $"Bus numérique itinérant {Guid.NewGuid().ToString("N")[..6]}";
        const string Reason = "Retenue en comité de pilotage : financement du fonds France Services.";

        await using var elected = await browser.NewContextAsync(app.BaseAddress);
        var propose = await ProposeActionPage.OpenAsync(await SignIn.AsAsync(elected, SignIn.ElectedOfficial), Sarthe);
        problems.AddRange(await PageAudit.FindProblemsAsync(propose.Page, "proposer une action"));
        var proposed = await propose.ProposeAsync(
            title,
            "Un bus équipé qui vient dans les communes sans France Services.",
            "Le bus passe **une fois par mois** dans chaque commune de moins de 1 000 habitants.");
        var actionUrl = proposed.Page.Url;

        await using var citizen = await browser.NewContextAsync(app.BaseAddress);
        var citizenAction = await ActionPage.OpenAsync(await SignIn.AsAsync(citizen, SignIn.Citizen), actionUrl, title);
        await citizenAction.SupportAsync();
        await citizenAction.CommentAsync("Très utile pour ma mère qui n'a pas internet.", "Pour");
        problems.AddRange(await PageAudit.FindProblemsAsync(citizenAction.Page, "action (citoyen)"));

        await using var facilitator = await browser.NewContextAsync(app.BaseAddress);
        var review = await ActionPage.OpenAsync(await SignIn.AsAsync(facilitator, SignIn.Facilitator), actionUrl, title);
        await review.ReviewAsync("Retenue", Reason);
        await Expect(review.Page.Locator("main")).ToContainTextAsync(Reason);
        problems.AddRange(await PageAudit.FindProblemsAsync(review.Page, "action (animation)"));

        await citizenAction.Page.ReloadAsync();
        await Expect(citizenAction.Page.Locator(".notification-count")).ToBeVisibleAsync();
        var notifications = await NotificationsPage.OpenFromHeaderAsync(citizenAction.Page);
        var notice = notifications.Unread.Filter(new() { HasText = title });
        await Expect(notice).ToContainTextAsync("Retenue");
        await Expect(notice).ToContainTextAsync(Reason);
        problems.AddRange(await PageAudit.FindProblemsAsync(notifications.Page, "notifications"));

        await notice.GetByRole(AriaRole.Link).ClickAsync();
        await ActionPage.WaitForAsync(notifications.Page, title);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
