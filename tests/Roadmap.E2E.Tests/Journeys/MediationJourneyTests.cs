using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Journeys;

/// <summary>
/// Mediated participation in the browser (decisions 029 and 033): the demo mediator records a resident's comment on the
/// Sarthe's most discussed action — refused without the consent, then saved — finds it in her list and opens its
/// correction; the administrator sees her among the France Services' mediators. Every page of the way is audited: one h1,
/// skip link, no serious axe violation, valid HTML, and no sideways scrolling at 320 px.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class MediationJourneyTests(KestrelAppFixture app, BrowserFixture browser)
{
    private const string Sarthe = "/feuilles-de-route/usages-numeriques-sarthe";
    private const string Action = "Un réseau de médiateurs numériques itinérants dans chaque intercommunalité";

    private static readonly string[] Pages =
    [
        "action (médiatrice)", "recueillir une contribution", "recueillir une contribution (erreur)", "recueillir une contribution (enregistrée)",
        "mes contributions recueillies", "corriger une contribution", "médiateur·rices d'une organisation",
    ];

    private readonly AuditTrail _audit = new();

    [SkippableFact]
    public async Task TheMediatorRecordsAResidentsCommentAndTheAdministratorSeesHerAmongTheMediators()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);

        await using var mediatorContext = await browser.NewContextAsync(app.BaseAddress);
        var mediation = new MediationPages(await SignIn.AsAsync(mediatorContext, SignIn.Mediator));
        var page = mediation.Page;
        await page.GotoAsync(Sarthe);
        await page.GetByRole(AriaRole.Link, new() { Name = Action, Exact = true }).First.ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("recueilli par France Services du Saosnois (Mamers)");
        await _audit.AuditAsync(page, "action (médiatrice)");

        await mediation.OpenFormFromActionAsync(page.Url);
        await _audit.AuditAsync(page, "recueillir une contribution");
        const string body = "Une permanence à la mairie le samedi matin, quand les enfants peuvent m'y conduire.";
        await mediation.RecordCommentAsync("Odette", "Mamers 72600", body, consent: false);
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("La contribution n'a pas été enregistrée.");
        await _audit.AuditAsync(page, "recueillir une contribution (erreur)");
        await mediation.RecordCommentAsync("Odette", "Mamers 72600", body, consent: true);
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("Contribution enregistrée.");
        await _audit.AuditAsync(page, "recueillir une contribution (enregistrée)");

        await page.GotoAsync(MediationPages.Mine);
        await Expect(page.Locator("main")).ToContainTextAsync("Commentaire de Odette R. (Mamers, 75 ans et plus)");
        await _audit.AuditAsync(page, "mes contributions recueillies");
        await mediation.OpenCorrectionAsync("Odette R.");
        await _audit.AuditAsync(page, "corriger une contribution");

        await using var administratorContext = await browser.NewContextAsync(app.BaseAddress);
        var administrator = new MediationPages(await SignIn.AsAsync(administratorContext, SignIn.Administrator));
        await administrator.OpenMediatorsOfAsync(MediationPages.FranceServices);
        await Expect(administrator.Page.Locator("main")).ToContainTextAsync("Conseillère numérique de France Services du Saosnois (mediatrice@demo.roadmap.local)");
        await _audit.AuditAsync(administrator.Page, "médiateur·rices d'une organisation");

        _audit.AssertNoProblem(Pages);
    }
}
