using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>The proposal form of a roadmap (/feuilles-de-route/{slug}/proposer).</summary>
public sealed class ProposeActionPage(IPage page)
{
    public IPage Page => page;

    public static async Task<ProposeActionPage> OpenAsync(IPage page, string roadmapSlug)
    {
        await page.GotoAsync($"/feuilles-de-route/{roadmapSlug}/proposer");
        return new ProposeActionPage(page);
    }

    /// <summary>Fills the required fields (first axis) and submits; returns the new action's page.</summary>
    public async Task<ActionPage> ProposeAsync(string title, string summary, string description)
    {
        var axis = page.GetByLabel("Axe stratégique");
        var firstAxis = await axis.Locator("option:not([value=''])").First.GetAttributeAsync("value");
        await axis.SelectOptionAsync(firstAxis!);
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Résumé", new() { Exact = true }).FillAsync(summary);
        await page.GetByLabel("Description détaillée").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer l'action" }).ClickAsync();
        return await ActionPage.WaitForAsync(page, title);
    }
}
