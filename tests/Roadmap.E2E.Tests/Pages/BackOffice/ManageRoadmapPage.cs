using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/feuilles-de-route/{slug}/gestion: presentation, phase calendar, next phase, archive.</summary>
public sealed class ManageRoadmapPage(IPage page)
{
    /// <summary>The six phases in order, as the calendar labels them.</summary>
    public static readonly string[] Phases = ["Diagnostic", "Concertation", "Ateliers", "Arbitrage", "Adoptée", "Mise en œuvre"];

    public IPage Page => page;

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public static async Task<ManageRoadmapPage> OpenAsync(IPage page, string slug, string title)
    {
        await page.GotoAsync($"/feuilles-de-route/{slug}/gestion");
        return await WaitForAsync(page, title);
    }

    public static async Task<ManageRoadmapPage> WaitForAsync(IPage page, string title)
    {
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Gérer « {title} »");
        return new ManageRoadmapPage(page);
    }

    /// <summary>Fills the start and end of each phase, in order, and saves the calendar.</summary>
    public async Task ScheduleAsync(IReadOnlyList<(DateOnly Start, DateOnly End)> dates)
    {
        for (var i = 0; i < Phases.Length; i++)
        {
            await page.GetByLabel($"Début de la phase « {Phases[i]} »").FillAsync(dates[i].Start.ToString("yyyy-MM-dd"));
            await page.GetByLabel($"Fin de la phase « {Phases[i]} »").FillAsync(dates[i].End.ToString("yyyy-MM-dd"));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le calendrier" }).ClickAsync();
        await Expect(Status).ToContainTextAsync("Le calendrier est enregistré.");
    }

    public async Task AdvanceAsync(string nextPhase, string message)
    {
        await page.GetByLabel($"Message public annonçant la phase « {nextPhase} »").FillAsync(message);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Passer en phase « {nextPhase} »" }).ClickAsync();
        await Expect(Status).ToContainTextAsync($"La feuille de route est passée en phase « {nextPhase} ».");
    }
}
