using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>/compte/inscription: anyone creates an account; it ends on « Inscription enregistrée », signed out.</summary>
public sealed class RegisterPage(IPage page)
{
    public IPage Page => page;

    public static async Task<RegisterPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/compte/inscription");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Créer un compte");
        return new RegisterPage(page);
    }

    public async Task RegisterAsync(string displayName, string email, string password)
    {
        await page.GetByLabel("Nom affiché").FillAsync(displayName);
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirmation du mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Inscription enregistrée");
    }
}
