using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Roadmap.Tests.Html;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// What every page must offer: one h1, a skip link to the content, its stylesheets, and no serious or critical
/// axe violation. Returns the problems rather than throwing so a journey reports all its pages at once.
/// </summary>
public static class PageAudit
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task<IReadOnlyList<string>> FindProblemsAsync(IPage page, string pageName)
    {
        var problems = new List<string>();

        var headings = await page.Locator("h1").CountAsync();
        if (headings != 1)
        {
            problems.Add($"[{pageName}] {headings} titres h1 au lieu d'un seul.");
        }

        if (await page.Locator("a[href=\"#contenu\"]").CountAsync() == 0)
        {
            problems.Add($"[{pageName}] pas de lien d'évitement a[href=\"#contenu\"].");
        }

        // Contrast is judged on the styled page: a stylesheet that failed to load would hide violations.
        // The load event comes after the stylesheets: before it, one still on its way is not a failure.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var unstyled = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('link[rel=stylesheet]')].filter(l => { try { return !l.sheet || l.sheet.cssRules.length === 0; } catch { return true; } }).map(l => l.href)");
        problems.AddRange(unstyled.Select(href => $"[{pageName}] feuille de style non chargée : {href}"));

        var axe = await page.RunAxe();
        foreach (var violation in axe.Violations.Where(v => BlockingImpacts.Contains(v.Impact)))
        {
            var targets = string.Join(Environment.NewLine, violation.Nodes.Select(n => $"      {n.Target} → {n.Html}"));
            problems.Add($"[{pageName}] axe {violation.Id} ({violation.Impact}) : {violation.Help} — {violation.HelpUrl}{Environment.NewLine}{targets}");
        }

        problems.AddRange(await FindInvalidHtmlAsync(page, pageName));
        return problems;
    }

    /// <summary>
    /// RGAA 8.2: the HTML served at the page's address, fetched again with the page's cookies (the browser's DOM
    /// is not what the server sent), passes the Nu Html Checker. Nothing is checked without vnu.jar (test.sh installs it).
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindInvalidHtmlAsync(IPage page, string pageName)
    {
        if (NuHtmlChecker.SkipReason is not null)
        {
            return [];
        }

        var served = await page.Context.APIRequest.GetAsync(page.Url);
        if (!served.Ok || served.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html", StringComparison.Ordinal) != true)
        {
            return [];
        }

        var checker = await NuHtmlChecker.GetAsync();
        return await checker.FindErrorsAsync(pageName, await served.TextAsync());
    }

    /// <summary>
    /// WCAG 1.4.10 / RGAA 10.11: at 320 CSS pixels wide the page scrolls vertically only. Names the outermost
    /// elements that stick out (a wide table belongs in a .table-scroll box), then restores the viewport.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindReflowProblemsAsync(IPage page, string pageName)
    {
        var viewport = page.ViewportSize;
        await page.SetViewportSizeAsync(ReflowWidth, 800);
        try
        {
            var overflowing = await page.EvaluateAsync<string[]>(OverflowingElements);
            return overflowing.Select(e => $"[{pageName}] dépasse la largeur de {ReflowWidth} px (défilement horizontal) : {e}").ToList();
        }
        finally
        {
            if (viewport is not null)
            {
                await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            }
        }
    }

    private const int ReflowWidth = 320;

    // The outermost elements past the right edge, leaving out those inside a box that scrolls or clips them.
    private const string OverflowingElements = """
        () => {
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return [];
            const sticksOut = e => e.getBoundingClientRect().right > root.clientWidth + 1;
            const boxed = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
            };
            const found = [...document.body.querySelectorAll('*')]
                .filter(e => sticksOut(e) && !boxed(e) && !(e.parentElement && sticksOut(e.parentElement)))
                .map(e => e.outerHTML.slice(0, 120));
            return found.length > 0 ? found : [`la page fait ${root.scrollWidth} px de large`];
        }
        """;
}
