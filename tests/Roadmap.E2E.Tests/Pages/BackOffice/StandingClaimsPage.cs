using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/admin/qualites: the standing claims the signed-in person may review.</summary>
public sealed class StandingClaimsPage(IPage page)
{
    public IPage Page => page;

    public static async Task<StandingClaimsPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/admin/qualites");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Demandes de qualité");
        return new StandingClaimsPage(page);
    }

    public ILocator Claim(string personName) => page.Locator("ul.user-list > li").Filter(new() { HasText = personName });

    public async Task ApproveAsync(string personName, string reason)
    {
        var claim = Claim(personName);
        await claim.GetByLabel($"Motif pour la demande de {personName}").FillAsync(reason);
        await claim.GetByRole(AriaRole.Button, new() { Name = $"Approuver la demande de {personName}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"La demande de {personName} est approuvée");
    }
}
