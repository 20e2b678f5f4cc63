using Microsoft.Playwright;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>The sign-in page, used by journeys to act as a demo account or one they created.</summary>
public static class SignIn
{
    public const string Citizen = "citoyen@demo.roadmap.local";
    public const string ElectedOfficial = "elu@demo.roadmap.local";
    public const string Facilitator = "animateur@demo.roadmap.local";
    public const string Mediator = "mediatrice@demo.roadmap.local";
    public const string Administrator = "admin@demo.roadmap.local";

    /// <summary>Signs in with the demo password on a new page of the context and leaves it on the home page.</summary>
    public static Task<IPage> AsAsync(IBrowserContext context, string email) => AsAsync(context, email, KestrelAppFixture.DemoPassword);

    /// <summary>Signs in on a new page of the context and leaves it on the home page.</summary>
    public static async Task<IPage> AsAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        return page;
    }
}
