using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>The workshop pages a facilitator uses: schedule, the workshop page, the console, the minutes.</summary>
public sealed partial class WorkshopPages(IPage page)
{
    public IPage Page => page;

    public Guid WorkshopId { get; private set; }

    public string JoinCode { get; private set; } = "";

    /// <summary>Schedules a visio (or hybrid) workshop open to guests, with one free topic, and lands on its page.</summary>
    public async Task ScheduleAsync(string roadmapSlug, string title, DateOnly day, bool hybrid = false)
    {
        await page.GotoAsync($"/feuilles-de-route/{roadmapSlug}/ateliers/nouveau");
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Heure de début").FillAsync("14:00");
        await page.GetByLabel(hybrid ? "Hybride (dans une salle et à distance)" : "Visio (à distance)").CheckAsync();
        await page.GetByLabel("Lien de visioconférence").FillAsync("https://visio.example.org/atelier-numerique");
        if (hybrid)
        {
            await page.GetByLabel("Adresse du lieu").FillAsync("Salle des fêtes, 72120 Saint-Calais");
        }

        await page.GetByLabel("Ouvrir l'atelier aux personnes sans compte").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer l'atelier" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(WorkshopUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        WorkshopId = Guid.Parse(WorkshopUrl().Match(page.Url).Groups[1].Value);
        JoinCode = (await page.Locator(".join-code").First.InnerTextAsync()).Trim();
    }

    public async Task OpenConsoleAndTheRoomAsync()
    {
        await page.GotoAsync($"/ateliers/{WorkshopId}/animation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la salle et commencer l'atelier" }).ClickAsync();
        await Expect(page.Locator("#console-polls-title")).ToBeVisibleAsync();
    }

    public async Task OpenPollAsync(string question, params string[] options)
    {
        await page.GetByLabel("Question").FillAsync(question);
        for (var i = 0; i < options.Length; i++)
        {
            await page.Locator($"#option-{i + 1}-texte").FillAsync(options[i]);
        }

        await page.Locator("#ouvrir-sondage").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clore le sondage" })).ToBeVisibleAsync();
    }

    public async Task ClosePollAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Clore le sondage" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clore le sondage" })).ToHaveCountAsync(0);
    }

    /// <summary>Enters the room's show of hands for the closed poll (unfolds its console form) and waits for the console's confirmation.</summary>
    public async Task CountHandsAsync(params (string Option, int Count)[] counts)
    {
        await page.Locator("details.console-poll > summary").First.ClickAsync();
        var form = page.Locator(".console-hand-count").First;
        await form.Locator("summary").ClickAsync();
        foreach (var (option, count) in counts)
        {
            await form.GetByLabel(option, new() { Exact = true }).FillAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le décompte de la salle" }).ClickAsync();
        await Expect(page.GetByText("Le décompte de la salle est enregistré")).ToBeVisibleAsync();
    }

    public async Task EndAsync()
    {
        await page.GotoAsync($"/ateliers/{WorkshopId}/animation/terminer");
        await page.Locator("#terminer-atelier").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("terminé");
    }

    /// <summary>Publishes the generated minutes as they are and returns their Markdown.</summary>
    public async Task<string> PublishMinutesAsync()
    {
        await page.GotoAsync($"/ateliers/{WorkshopId}/compte-rendu");
        var minutes = await page.GetByLabel("Texte du compte rendu").InputValueAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et publier" }).ClickAsync();
        return minutes;
    }

    [GeneratedRegex(@"/ateliers/([0-9a-f-]{36})(\?.*)?$")]
    private static partial Regex WorkshopUrl();
}
