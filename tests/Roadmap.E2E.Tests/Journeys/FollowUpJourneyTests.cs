using System.Globalization;
using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Journeys;

/// <summary>
/// Issue 11's journey, on the demo's Drôme roadmap in Mise en œuvre: a resident follows an action; its
/// pilot records a measured value and posts a point d'étape; the resident reads the notification; another
/// resident finds the action from « Ma commune ». Every new page they see is audited (one h1, skip link, axe).
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class FollowUpJourneyTests(KestrelAppFixture app, BrowserFixture browser)
{
    private const string Drome = "usages-numeriques-drome";
    private const string Pilot = "pilote@demo.roadmap.local";
    private const string Action = "Former les Drômois aux usages essentiels avec les conseillers numériques";
    private const string Indicator = "Personnes formées par les conseillers numériques";

    [SkippableFact]
    public async Task APilotReportsAFollowerIsToldAndAResidentFindsTheActionFromTheirCommune()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var problems = new List<string>();
        var title = $"Comité de suivi {Guid.NewGuid().ToString("N")[..6]}";

        await using var resident = await browser.NewContextAsync(app.BaseAddress);
        var residentPage = await SignIn.AsAsync(resident, SignIn.Citizen);
        var actionUrl = await OpenActionAsync(residentPage);
        await residentPage.GetByRole(AriaRole.Button, new() { Name = "Suivre cette action" }).ClickAsync();
        await Expect(residentPage.GetByRole(AriaRole.Button, new() { Name = "Ne plus suivre cette action" })).ToBeVisibleAsync();

        await using var pilotContext = await browser.NewContextAsync(app.BaseAddress);
        var pilot = await SignIn.AsAsync(pilotContext, Pilot);
        await pilot.GotoAsync(actionUrl);
        var piloting = pilot.Locator("nav[aria-labelledby=pilotage-titre]");
        await piloting.GetByRole(AriaRole.Link, new() { Name = "Saisir les valeurs des indicateurs" }).ClickAsync();
        await Expect(pilot.Locator("h2", new() { HasText = Indicator })).ToBeVisibleAsync();
        problems.AddRange(await PageAudit.FindProblemsAsync(pilot, "indicateurs (pilote)"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var measure = pilot.Locator("form").Filter(new() { Has = pilot.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la mesure" }) }).First;
        await measure.GetByLabel("Date de la mesure").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await measure.GetByLabel("Valeur", new() { Exact = false }).First.FillAsync("4 321");
        await measure.GetByLabel("Source (facultatif)").FillAsync("Relevé des conseillers numériques");
        await measure.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la mesure" }).ClickAsync();
        await Expect(pilot.Locator("[role=status]")).ToContainTextAsync("La mesure est enregistrée.");
        await Expect(pilot.Locator("main")).ToContainTextAsync("4 321");

        await pilot.GotoAsync(actionUrl);
        await piloting.GetByRole(AriaRole.Link, new() { Name = "Publier un point d'étape" }).ClickAsync();
        problems.AddRange(await PageAudit.FindProblemsAsync(pilot, "nouveau point d'étape"));
        await pilot.GetByLabel("Titre").FillAsync(title);
        await pilot.GetByLabel("Texte").FillAsync("Les permanences ont **doublé** dans le Diois cette année.");
        await pilot.GetByRole(AriaRole.Button, new() { Name = "Publier le point d'étape" }).ClickAsync();
        await Expect(pilot.Locator("h1")).ToContainTextAsync(title);
        await Expect(pilot.Locator("main strong", new() { HasText = "doublé" })).ToBeVisibleAsync();
        problems.AddRange(await PageAudit.FindProblemsAsync(pilot, "point d'étape"));

        await residentPage.ReloadAsync();
        var notifications = await NotificationsPage.OpenFromHeaderAsync(residentPage);
        var notice = notifications.Unread.Filter(new() { HasText = title });
        await Expect(notice).ToContainTextAsync(Action);
        await notice.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(residentPage.Locator("h1")).ToContainTextAsync(title);

        await residentPage.GotoAsync(actionUrl);
        await Expect(residentPage.Locator("main")).ToContainTextAsync(Indicator);
        await Expect(residentPage.Locator("main svg[role=img]").First).ToBeVisibleAsync();
        problems.AddRange(await PageAudit.FindProblemsAsync(residentPage, "action suivie (habitant)"));

        await using var visitor = await browser.NewContextAsync(app.BaseAddress);
        var page = await visitor.NewPageAsync();
        await page.GotoAsync($"/feuilles-de-route/{Drome}/suivi");
        problems.AddRange(await PageAudit.FindProblemsAsync(page, "tableau de bord"));
        await page.GetByRole(AriaRole.Link, new() { Name = "ma commune", Exact = false }).First.ClickAsync();
        await page.GetByLabel("Nom de la commune ou code postal").FillAsync("montelimar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        var choice = page.GetByRole(AriaRole.Link, new() { Name = "Montélimar", Exact = true });
        if (await choice.CountAsync() > 0)
        {
            await choice.First.ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = Action })).ToBeVisibleAsync();
        problems.AddRange(await PageAudit.FindProblemsAsync(page, "ma commune"));
        await page.GetByRole(AriaRole.Link, new() { Name = Action }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Action);

        await page.GotoAsync($"/feuilles-de-route/{Drome}/donnees");
        problems.AddRange(await PageAudit.FindProblemsAsync(page, "données ouvertes"));
        await page.GotoAsync($"/feuilles-de-route/{Drome}/document");
        problems.AddRange(await PageAudit.FindProblemsAsync(page, "document"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<string> OpenActionAsync(IPage page)
    {
        await page.GotoAsync($"/feuilles-de-route/{Drome}/actions?q={Uri.EscapeDataString("conseillers numériques")}");
        await page.GetByRole(AriaRole.Link, new() { Name = Action }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Action);
        return page.Url;
    }
}
