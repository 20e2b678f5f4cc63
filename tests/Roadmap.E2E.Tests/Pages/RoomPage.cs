using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>The participant room, reached by a guest through /rejoindre and the workshop's code.</summary>
public sealed class RoomPage(IPage page)
{
    public IPage Page => page;

    public static async Task<RoomPage> JoinAsGuestAsync(IPage page, string joinCode, string name)
    {
        await page.GotoAsync("/rejoindre");
        await page.GetByLabel("Code de l'atelier").FillAsync(joinCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejoindre" }).ClickAsync();
        await page.GetByLabel("Votre nom ou celui de votre structure").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entrer dans l'atelier" }).ClickAsync();
        return new RoomPage(page);
    }

    public async Task VoteAsync(string question, string option)
    {
        await Expect(page.Locator("main")).ToContainTextAsync(question);
        await page.GetByLabel(option, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Voter" }).ClickAsync();
        await Expect(page.GetByText("Votre vote est enregistré", new() { Exact = false })).ToBeVisibleAsync();
    }
}
