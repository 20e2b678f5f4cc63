using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages;

public sealed partial class ActionPage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.Locator("h1");

    /// <summary>The indicators: a table before the action is retained, baseline → latest → target with a chart after.</summary>
    public ILocator Indicators => page.Locator("section[aria-labelledby=\"indicateurs-titre\"]");

    public static async Task<ActionPage> OpenAsync(IPage page, string url, string title)
    {
        await page.GotoAsync(url);
        return await WaitForAsync(page, title);
    }

    public async Task SupportAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Soutenir cette action" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retirer mon soutien" })).ToBeVisibleAsync();
    }

    public async Task CommentAsync(string text, string alignment)
    {
        await page.GetByLabel("Votre commentaire").FillAsync(text);
        await page.GetByRole(AriaRole.Radio, new() { Name = alignment, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le commentaire" }).ClickAsync();
        await Expect(page.Locator("li.comment").Filter(new() { HasText = text })).ToBeVisibleAsync();
    }

    public async Task ReviewAsync(string status, string reason)
    {
        await page.GetByLabel("Nouveau statut").SelectOptionAsync(new SelectOptionValue { Label = status });
        await page.GetByLabel("Motif public").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
    }

    public static async Task<ActionPage> WaitForAsync(IPage page, string title)
    {
        await Expect(page).ToHaveURLAsync(ActionUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        return new ActionPage(page);
    }

    [GeneratedRegex(@"/feuilles-de-route/[a-z0-9-]+/actions/[0-9a-f-]{36}$")]
    private static partial Regex ActionUrl();
}
