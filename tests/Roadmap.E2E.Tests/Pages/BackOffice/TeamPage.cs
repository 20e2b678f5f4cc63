using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/feuilles-de-route/{slug}/equipe: the roadmap's managers and facilitators.</summary>
public sealed class TeamPage(IPage page)
{
    public IPage Page => page;

    public ILocator Members => page.Locator("table.team-table tbody tr");

    public static async Task<TeamPage> OpenAsync(IPage page, string slug, string roadmapTitle)
    {
        await page.GotoAsync($"/feuilles-de-route/{slug}/equipe");
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Équipe de « {roadmapTitle} »");
        return new TeamPage(page);
    }

    /// <summary>Finds the account by its address, then adds it with the role (« animateur·rice » or « gestionnaire »).</summary>
    public async Task AddAsync(string email, string displayName, string role)
    {
        await page.GetByLabel("Rechercher une personne (nom ou adresse e-mail)").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        var person = page.GetByRole(AriaRole.Group, new() { Name = "Personne" }).GetByLabel(displayName);
        await person.CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Rôle dans l'équipe" }).GetByLabel(role, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'équipe" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("L'équipe est mise à jour");
    }
}
