using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// One page of every kind, each seen by the person who uses it: a visitor, a resident, an élu·e proposing an action, a pilot, a mediator, the
/// facilitator of a live workshop (console, big screen) and a guest in its room with a poll open, an administrator. The
/// reflow and page-weight tests walk it; each page is loaded afresh, then handed to the check.
/// </summary>
public sealed class PageTour(KestrelAppFixture app, BrowserFixture browser)
{
    private const string Sarthe = "/feuilles-de-route/usages-numeriques-sarthe";
    private const string Drome = "/feuilles-de-route/usages-numeriques-drome";
    private const string Herault = "/feuilles-de-route/usages-services-numeriques-herault";
    private const string CommentedAction = "Un réseau de médiateurs numériques itinérants dans chaque intercommunalité";
    private const string PilotedAction = "Former les Drômois aux usages essentiels avec les conseillers numériques";
    private const string Pilot = "pilote@demo.roadmap.local";

    /// <summary>Checks one page, loaded and showing, under the name that reports will use.</summary>
    public delegate Task Check(IPage page, string name);

    /// <summary>Called on each new page before its first load (to measure or throttle it).</summary>
    public Func<IBrowserContext, IPage, Task> PreparePage { get; init; } = (_, _) => Task.CompletedTask;

    public async Task WalkAsync(Check check)
    {
        await using var visitor = await browser.NewContextAsync(app.BaseAddress);
        var page = await NewPageAsync(visitor);
        var commentedAction = await FindLinkAsync(page, Sarthe, CommentedAction);
        var workshopOver = await FindLinkAsync(page, Herault, "Atelier des bassins de vie : mutualiser les espaces numériques");
        await VisitAsync(page, check,
            ("accueil", "/"), ("feuille de route", Sarthe), ("action commentée", commentedAction),
            ("recherche d'actions", $"{Sarthe}/actions?q=num%C3%A9rique"), ("atelier terminé", workshopOver),
            ("tableau de bord de suivi", $"{Drome}/suivi"), ("ma commune", $"{Drome}/suivi/ma-commune?q=mont"),
            ("données ouvertes", $"{Drome}/donnees"), ("document de la feuille de route", $"{Drome}/document"),
            ("connexion", "/compte/connexion"), ("inscription", "/compte/inscription"),
            ("mot de passe oublié", "/compte/mot-de-passe-oublie"), ("rejoindre un atelier", "/rejoindre"), ("page introuvable", "/introuvable"));

        await using var resident = await browser.NewContextAsync(app.BaseAddress);
        page = await SignInAsync(resident, SignIn.Citizen);
        await VisitAsync(page, check,
            ("action (habitante)", commentedAction), ("proposer une action", $"{Sarthe}/proposer"), ("notifications", "/notifications"),
            ("mon compte", "/compte"), ("mes courriels", "/compte/courriels"), ("mes données", "/compte/donnees"),
            ("changer de mot de passe", "/compte/mot-de-passe"), ("changer d'adresse", "/compte/adresse"),
            ("ma qualité", "/compte/qualite"), ("supprimer mon compte", "/compte/supprimer"));

        await using var elected = await browser.NewContextAsync(app.BaseAddress);
        page = await SignInAsync(elected, SignIn.ElectedOfficial);
        await VisitAsync(page, check, ("proposer une action (élu·e)", $"{Sarthe}/proposer"));

        await using var pilot = await browser.NewContextAsync(app.BaseAddress);
        page = await SignInAsync(pilot, Pilot);
        var pilotedAction = await FindLinkAsync(page, $"{Drome}/actions?q=conseillers", PilotedAction);
        await VisitAsync(page, check,
            ("action (pilote)", pilotedAction), ("valeurs des indicateurs", $"{pilotedAction}/indicateurs"),
            ("avancement", $"{pilotedAction}/avancement"), ("pilotes", $"{pilotedAction}/pilotes"),
            ("nouveau point d'étape", $"{pilotedAction}/points-d-etape/nouveau"), ("import des valeurs", $"{Drome}/suivi/import"));

        await using var mediator = await browser.NewContextAsync(app.BaseAddress);
        page = await SignInAsync(mediator, SignIn.Mediator);
        var recording = await FindLinkAsync(page, commentedAction, "Recueillir une contribution");
        var correction = await FindLinkAsync(page, MediationPages.Mine, "Corriger ou retirer la contribution de Lucien P.");
        await VisitAsync(page, check,
            ("recueillir une contribution", recording), ("mes contributions recueillies", MediationPages.Mine), ("corriger une contribution", correction));

        await WalkLiveWorkshopAsync(check);

        await using var administrator = await browser.NewContextAsync(app.BaseAddress);
        page = await SignInAsync(administrator, SignIn.Administrator);
        var franceServices = await FindLinkAsync(page, $"/admin/organisations?q={Uri.EscapeDataString(MediationPages.FranceServices)}", MediationPages.FranceServices);
        await VisitAsync(page, check,
            ("accueil (administration)", "/"), ("utilisateurs", "/admin/utilisateurs"), ("journal", "/admin/journal"),
            ("organisations", "/admin/organisations"), ("nouvelle organisation", "/admin/organisations/nouvelle"),
            ("médiateur·rices d'une organisation", $"{franceServices}/mediateurs"),
            ("feuilles de route (administration)", "/admin/feuilles-de-route"), ("nouvelle feuille de route", "/admin/feuilles-de-route/nouvelle"),
            ("courriels (administration)", "/admin/courriels"), ("territoires", "/admin/territoires"), ("qualités à valider", "/admin/qualites"),
            ("gestion de la feuille de route", $"{Sarthe}/gestion"), ("axes", $"{Sarthe}/axes"), ("équipe", $"{Sarthe}/equipe"),
            ("règles", $"{Sarthe}/regles"), ("modération", "/moderation"), ("modifier une action", $"{commentedAction}/modifier"));
    }

    private async Task WalkLiveWorkshopAsync(Check check)
    {
        await using var facilitatorContext = await browser.NewContextAsync(app.BaseAddress);
        var facilitatorPage = await SignInAsync(facilitatorContext, SignIn.Facilitator);
        await VisitAsync(facilitatorPage, check, ("programmer un atelier", $"{Sarthe}/ateliers/nouveau"));
        var facilitator = new WorkshopPages(facilitatorPage);
        await facilitator.ScheduleAsync("usages-numeriques-sarthe", $"Atelier de la tournée {Guid.NewGuid().ToString("N")[..6]}", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)));
        await facilitator.OpenConsoleAndTheRoomAsync();

        await using var guestContext = await browser.NewContextAsync(app.BaseAddress);
        var room = await RoomPage.JoinAsGuestAsync(await NewPageAsync(guestContext), facilitator.JoinCode, "Association des habitants de Saint-Calais-sur-Anille");
        await facilitator.OpenPollAsync("Quel lieu pour la prochaine permanence numérique intercommunale ?", "La médiathèque", "La mairie annexe", "Le tiers-lieu");

        await VisitAsync(room.Page, check, ("salle (invité)", room.Page.Url));
        await VisitAsync(facilitatorPage, check,
            ("atelier", $"/ateliers/{facilitator.WorkshopId}"), ("console d'animation", $"/ateliers/{facilitator.WorkshopId}/animation"),
            ("grand écran", $"/ateliers/{facilitator.WorkshopId}/ecran"), ("modifier l'atelier", $"/ateliers/{facilitator.WorkshopId}/modifier"));
    }

    private async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await PreparePage(context, page);
        return page;
    }

    private async Task<IPage> SignInAsync(IBrowserContext context, string email)
    {
        var page = await SignIn.AsAsync(context, email);
        await PreparePage(context, page);
        return page;
    }

    private static async Task<string> FindLinkAsync(IPage page, string path, string name)
    {
        await page.GotoAsync(path);
        return await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException($"Pas de lien « {name} » sur {path}.");
    }

    private static async Task VisitAsync(IPage page, Check check, params (string Name, string Path)[] stops)
    {
        foreach (var (name, path) in stops)
        {
            var response = await page.GotoAsync(path);
            var status = response?.Status ?? 0;
            if (status >= 400 && name != "page introuvable")
            {
                throw new InvalidOperationException($"[{name}] {path} a répondu {status} : la page vérifiée ne serait pas la bonne.");
            }

            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await check(page, name);
        }
    }
}
