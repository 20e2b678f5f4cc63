using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Pages.BackOffice;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Journeys;

/// <summary>
/// Issue 10's journey on a new Production instance, through the pages only: the administrator made by
/// <c>create-admin</c> imports the Sarthe, creates its roadmap, schedules the phases, adds three axes,
/// makes a newly registered person its facilitator and opens the concertation; an élu claims a standing,
/// is approved and proposes an action. Every back-office page is audited (one h1, skip link, axe).
/// </summary>
[Collection(FreshInstanceJourneys.Name)]
public sealed class FreshInstanceJourneyTests(ProductionAppFixture app, BrowserFixture browser)
{
    private const string Owner = "Département de la Sarthe";
    private const string Title = "Feuille de route des usages numériques de la Sarthe";
    private const string Slug = "numerique-sarthe";
    private const string PhaseMessage = "La concertation est ouverte : proposez vos actions jusqu'à l'été.";
    private const string Password = "Une-Phrase-Secrete-Pour-2026";

    /// <summary>
    /// Back-office pages audited as the administrator once the roadmap exists, beyond those the journey
    /// acts on: a new back-office page is one line here.
    /// </summary>
    private static readonly (string Name, string Path)[] OtherAdminPages =
    [
        ("utilisateurs", "/admin/utilisateurs"),
        ("organisations", "/admin/organisations?q=Le+Mans"),
        ("nouvelle organisation", "/admin/organisations/nouvelle"),
    ];

    private static readonly string[] JourneyPages =
    [
        "accueil (administration)", "territoires", "feuilles de route", "nouvelle feuille de route",
        "nouvelle feuille de route (erreurs)", "gestion", "axes", "règles", "équipe", "compte/qualité",
        "qualités", "journal",
    ];

    private readonly AuditTrail _audit = new();

    [SkippableFact]
    public async Task AdministratorOpensAConcertationAndAnApprovedElectedOfficialProposesAnAction()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        Assert.Contains($"Compte administrateur {ProductionAppFixture.AdminEmail} créé.", app.CreateAdminOutput);

        await using var adminContext = await browser.NewContextAsync(app.BaseAddress);
        var admin = await SignIn.AsAsync(adminContext, ProductionAppFixture.AdminEmail, app.AdminPassword);

        var home = await AdminHomePage.OpenAsync(admin);
        foreach (var step in AdminHomePage.Steps)
        {
            await home.ExpectStepAsync(step, done: false);
        }

        await _audit.AuditAsync(admin, "accueil (administration)");

        await SetUpRoadmapAsync(admin);
        await home.Page.GotoAsync("/");
        foreach (var step in AdminHomePage.Steps.Except([AdminHomePage.TeamStep]))
        {
            await home.ExpectStepAsync(step, done: true);
        }

        await home.ExpectStepAsync(AdminHomePage.TeamStep, done: false);

        await using var facilitatorContext = await browser.NewContextAsync(app.BaseAddress);
        await RegisterAsync(facilitatorContext, "Camille Animatrice", "camille.animatrice@sarthe.example.fr");
        var team = await TeamPage.OpenAsync(admin, Slug, Title);
        await team.AddAsync("camille.animatrice@sarthe.example.fr", "Camille Animatrice", "animateur·rice");
        await Expect(team.Members.Filter(new() { HasText = "Camille Animatrice" })).ToContainTextAsync("animateur·rice");
        await _audit.AuditAsync(admin, "équipe");

        var manage = await ManageRoadmapPage.OpenAsync(admin, Slug, Title);
        await manage.AdvanceAsync("Concertation", PhaseMessage);
        await _audit.AuditAsync(admin, "gestion");

        await AdminHomePage.OpenAsync(admin);
        await Expect(home.Checklist).ToHaveCountAsync(0);

        await ElectedOfficialProposesAsync(admin);

        var journal = await JournalPage.OpenAsync(admin);
        await Expect(journal.Entry("Sarthe").First).ToBeVisibleAsync();
        await Expect(journal.Entry("Camille Animatrice").First).ToBeVisibleAsync();
        await Expect(journal.Entry("Accès au numérique").First).ToBeVisibleAsync();
        await _audit.AuditAsync(admin, "journal");

        foreach (var (name, path) in OtherAdminPages)
        {
            await admin.GotoAsync(path);
            await _audit.AuditAsync(admin, name);
        }

        // An imported commune's form: its official data is read-only beside the editable name.
        await admin.GotoAsync("/admin/organisations?q=Champagn%C3%A9");
        await admin.Locator("table th[scope=row] a").First.ClickAsync();
        await _audit.AuditAsync(admin, "organisation importée");

        _audit.AssertNoProblem(JourneyPages.Concat(OtherAdminPages.Select(p => p.Name)).Append("organisation importée"));
    }

    /// <summary>Import, roadmap, calendar, three axes: the first four steps of the checklist.</summary>
    private async Task SetUpRoadmapAsync(IPage admin)
    {
        var territories = await TerritoriesPage.OpenAsync(admin);
        await territories.ImportAsync("72");
        await Expect(territories.Report).ToContainTextAsync("communes : 352");
        await Expect(territories.Report).ToContainTextAsync("intercommunalités : 17");
        await _audit.AuditAsync(admin, "territoires");

        var list = await AdminRoadmapsPage.OpenAsync(admin);
        await _audit.AuditAsync(admin, "feuilles de route");
        var creation = await list.StartNewAsync();
        await _audit.AuditAsync(admin, "nouvelle feuille de route");
        await creation.SubmitEmptyAsync();
        await _audit.AuditAsync(admin, "nouvelle feuille de route (erreurs)");
        var manage = await creation.CreateAsync(Owner, Title, Slug, "Les actions du département pour l'inclusion numérique.");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await manage.ScheduleAsync(
        [
            (today.AddDays(-30), today.AddDays(-1)), (today, today.AddDays(59)), (today.AddDays(60), today.AddDays(89)),
            (today.AddDays(90), today.AddDays(119)), (today.AddDays(120), today.AddDays(129)), (today.AddDays(130), today.AddDays(499)),
        ]);

        var axes = await AxesPage.OpenAsync(admin, Slug, Title);
        await axes.AddAsync("Accès au numérique", "Réseaux et équipements.", "Couvrir les zones blanches", "Équiper les mairies");
        await axes.AddAsync("Accompagnement des usages", "Médiation numérique.", "Un lieu de médiation par EPCI");
        await axes.AddAsync("Administration numérique", "Services publics en ligne.", "Dématérialiser les démarches");
        await Expect(axes.ActiveAxes).ToHaveCountAsync(3);
        await _audit.AuditAsync(admin, "axes");

        var rules = await axes.OpenRulesAsync(Title);
        await Expect(rules.OnlyOfficialsAndActorsPropose).ToBeCheckedAsync();
        await _audit.AuditAsync(admin, "règles");
    }

    /// <summary>A new account claims to be an élu of Le Mans; once approved it proposes an action, shown on the roadmap.</summary>
    private async Task ElectedOfficialProposesAsync(IPage admin)
    {
        const string Name = "Dominique Élue";
        const string Email = "dominique.elue@lemans.example.fr";
        const string ActionTitle = "Un conseiller numérique dans chaque France Services";

        await using (var claimContext = await browser.NewContextAsync(app.BaseAddress))
        {
            var elected = await RegisterAsync(claimContext, Name, Email);
            var standing = await StandingPage.OpenAsync(elected);
            await standing.ClaimElectedOfficialAsync(Title, "Le Mans", "Le Mans (Commune", "Adjointe au maire chargée du numérique");
            await Expect(standing.Claims.Filter(new() { HasText = Title })).ToContainTextAsync("En attente");
            await _audit.AuditAsync(elected, "compte/qualité");
        }

        var claims = await StandingClaimsPage.OpenAsync(admin);
        await claims.ApproveAsync(Name, "Délibération du conseil municipal vérifiée.");
        await _audit.AuditAsync(admin, "qualités");

        // Approval renews the person's security stamp: the élu signs in again and gets the new role.
        await using var electedContext = await browser.NewContextAsync(app.BaseAddress);
        var proposer = await SignIn.AsAsync(electedContext, Email, Password);
        var propose = await ProposeActionPage.OpenAsync(proposer, Slug);
        await propose.ProposeAsync(ActionTitle, "Un accompagnement humain près de chez soi.", "Une permanence **chaque semaine**.");

        await proposer.GotoAsync($"/feuilles-de-route/{Slug}");
        var roadmap = await RoadmapPage.WaitForAsync(proposer, Title);
        await Expect(roadmap.Page.Locator(".action-list")).ToContainTextAsync(ActionTitle);
        await Expect(roadmap.Page.Locator("main")).ToContainTextAsync(PhaseMessage);
    }

    /// <summary>Registers through the sign-up page, then signs in (the fixture does not require a confirmed address).</summary>
    private static async Task<IPage> RegisterAsync(IBrowserContext context, string name, string email)
    {
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page);
        await register.RegisterAsync(name, email, Password);
        await page.CloseAsync();
        return await SignIn.AsAsync(context, email, Password);
    }
}
