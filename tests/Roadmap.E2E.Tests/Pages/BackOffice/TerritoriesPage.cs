using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Pages.BackOffice;

/// <summary>/admin/territoires: imports a département from the shipped administrative divisions.</summary>
public sealed class TerritoriesPage(IPage page)
{
    public const string Path = "/admin/territoires";

    public IPage Page => page;

    public ILocator Report => page.GetByRole(AriaRole.Status);

    public static async Task<TerritoriesPage> OpenAsync(IPage page)
    {
        await page.GotoAsync(Path);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Importer un territoire");
        return new TerritoriesPage(page);
    }

    /// <summary>Imports and waits for the report (the import of a département takes a few seconds).</summary>
    public async Task ImportAsync(string departementCode)
    {
        await page.GetByLabel("Code du département").FillAsync(departementCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        await Expect(Report).ToContainTextAsync("est importé", new() { Timeout = 60_000 });
    }
}
