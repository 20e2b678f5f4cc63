using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/admin/feuilles-de-route/nouvelle: creates a roadmap, then lands on its management page.</summary>
public sealed class NewRoadmapPage(IPage page)
{
    public IPage Page => page;

    public static async Task<NewRoadmapPage> WaitForAsync(IPage page)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nouvelle feuille de route");
        return new NewRoadmapPage(page);
    }

    /// <summary>Sends the form empty: the page stays, with the refusal and each field's error.</summary>
    public async Task SubmitEmptyAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la feuille de route" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La feuille de route n'a pas été créée.");
    }

    /// <summary>Types the title first, then searches the owner by name and ticks it: the search keeps what was typed.</summary>
    public async Task<ManageRoadmapPage> CreateAsync(string owner, string title, string slug, string summary)
    {
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Chercher par nom, code postal ou code INSEE").FillAsync(owner);
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = $"{owner} (" }).First.CheckAsync();
        await Expect(page.GetByLabel("Titre", new() { Exact = true })).ToHaveValueAsync(title);
        await page.GetByLabel("Adresse courte").FillAsync(slug);
        await page.GetByLabel("Résumé (facultatif)").FillAsync(summary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la feuille de route" }).ClickAsync();
        return await ManageRoadmapPage.WaitForAsync(page, title);
    }
}
