using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>The home page as an Administrator sees it: the first-run checklist « Premiers pas » until every step is done.</summary>
public sealed class AdminHomePage(IPage page)
{
    public const string ImportStep = "Importer votre territoire";
    public const string CreateStep = "Créer votre feuille de route";
    public const string ScheduleStep = "Planifier ses phases";
    public const string AxesStep = "Ajouter ses axes";
    public const string TeamStep = "Constituer son équipe";

    public static readonly string[] Steps = [ImportStep, CreateStep, ScheduleStep, AxesStep, TeamStep];

    public IPage Page => page;

    public ILocator Checklist => page.Locator("section[aria-labelledby=\"premiers-pas-titre\"]");

    public static async Task<AdminHomePage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Feuilles de route territoriales");
        return new AdminHomePage(page);
    }

    /// <summary>Waits until the step reads as done (« fait ») or to do (« à faire ») for a screen reader.</summary>
    public Task ExpectStepAsync(string label, bool done) =>
        Expect(Checklist.Locator("li").Filter(new() { HasText = label })).ToContainTextAsync(done ? "(fait)" : "(à faire)");
}
