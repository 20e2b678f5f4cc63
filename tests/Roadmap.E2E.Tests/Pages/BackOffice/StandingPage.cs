using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/compte/qualite: a person asks that their standing (élu·e, acteur) be recognised on a roadmap.</summary>
public sealed class StandingPage(IPage page)
{
    public IPage Page => page;

    public ILocator Claims => page.Locator("table tbody tr");

    public static async Task<StandingPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/compte/qualite");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ma qualité");
        return new StandingPage(page);
    }

    /// <summary>
    /// Claims to be an elected official of the organisation: types the statement, searches the organisation by
    /// name, then ticks the match whose label starts with <paramref name="choice"/> (« Name (Kind, postcodes) »).
    /// </summary>
    public async Task ClaimElectedOfficialAsync(string roadmapTitle, string search, string choice, string statement)
    {
        await page.GetByLabel("Feuille de route").SelectOptionAsync(new SelectOptionValue { Label = roadmapTitle });
        await page.GetByLabel("Précision (facultative)").FillAsync(statement);
        await page.GetByLabel("Chercher par nom, code postal ou code INSEE").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = choice }).First.CheckAsync();
        await Expect(page.GetByLabel("Précision (facultative)")).ToHaveValueAsync(statement);
        await page.GetByLabel("Élu·e de cette collectivité").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre demande est envoyée");
    }
}
