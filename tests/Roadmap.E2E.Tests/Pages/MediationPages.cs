using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>The demo mediator's pages (decision 029) and the administrator's page of an organisation's mediators.</summary>
public sealed class MediationPages(IPage page)
{
    public const string FranceServices = "France Services du Saosnois (Mamers)";
    public const string Mine = "/mediation/contributions";

    public IPage Page => page;

    /// <summary>From an action's page, the recording form with its roadmap and the action chosen.</summary>
    public async Task OpenFormFromActionAsync(string actionUrl)
    {
        await page.GotoAsync(actionUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Recueillir une contribution" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Recueillir une contribution");
        await Expect(page.Locator("form h2")).ToContainTextAsync("Sur « ");
    }

    /// <summary>Fills a comment of a resident met at the France Services, the consent ticked or not, and sends it.</summary>
    public async Task RecordCommentAsync(string firstName, string commune, string body, bool consent)
    {
        await page.GetByLabel("Recueilli par").SelectOptionAsync(new SelectOptionValue { Label = FranceServices });
        await page.GetByLabel("Commentaire", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Prénom").FillAsync(firstName);
        await page.GetByLabel("Initiale du nom").FillAsync("R");
        await page.GetByLabel("Commune").FillAsync(commune);
        await page.GetByLabel("Tranche d'âge (facultatif)").SelectOptionAsync(new SelectOptionValue { Label = "75 ans et plus" });
        await page.GetByLabel("Ses mots (pour un commentaire ou une idée)").FillAsync(body);
        await page.GetByLabel("J'ai lu ce texte à l'habitant·e, qui a donné son accord.").SetCheckedAsync(consent);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la contribution" }).ClickAsync();
    }

    /// <summary>The correction page of the resident's entry, from the mediator's list.</summary>
    public async Task OpenCorrectionAsync(string resident)
    {
        await page.GotoAsync(Mine);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Corriger ou retirer la contribution de {resident}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Corriger une contribution");
    }

    /// <summary>As an administrator: the organisation's page, then its mediators.</summary>
    public async Task OpenMediatorsOfAsync(string organisation)
    {
        await page.GotoAsync($"/admin/organisations?q={Uri.EscapeDataString(organisation)}");
        await page.GetByRole(AriaRole.Link, new() { Name = organisation, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Médiateur·rices de cette organisation" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Médiateur·rices de « {organisation} »");
    }
}
