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

    /// <summary>Claims to be an elected official of the organisation (its option reads « Name (Kind) »).</summary>
    public async Task ClaimElectedOfficialAsync(string roadmapTitle, string organisationOption, string statement)
    {
        await page.GetByLabel("Feuille de route").SelectOptionAsync(new SelectOptionValue { Label = roadmapTitle });
        await page.GetByLabel("Organisation ou collectivité").SelectOptionAsync(new SelectOptionValue { Label = organisationOption });
        await page.GetByLabel("Élu·e de cette collectivité").CheckAsync();
        await page.GetByLabel("Précision (facultative)").FillAsync(statement);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma demande" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre demande est envoyée");
    }
}
