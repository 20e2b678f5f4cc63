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

    public async Task<ManageRoadmapPage> CreateAsync(string owner, string title, string slug, string summary)
    {
        await page.GetByLabel("Collectivité porteuse").SelectOptionAsync(new SelectOptionValue { Label = owner });
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Adresse courte").FillAsync(slug);
        await page.GetByLabel("Résumé (facultatif)").FillAsync(summary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la feuille de route" }).ClickAsync();
        return await ManageRoadmapPage.WaitForAsync(page, title);
    }
}
