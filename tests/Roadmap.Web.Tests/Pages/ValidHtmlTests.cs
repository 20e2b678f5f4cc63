using Roadmap.Tests.Html;
using Roadmap.Web.Tests.Support;
using Roadmap.Web.Tests.Support.Html;
using Xunit.Abstractions;

namespace Roadmap.Web.Tests.Pages;

/// <summary>
/// RGAA criterion 8.2: the HTML the app serves is valid for the Nu Html Checker. The pages are found by
/// following links from a few entry points, as a visitor and as each kind of signed-in account of the demo data.
/// </summary>
public sealed class ValidHtmlTests(WebApp web, ITestOutputHelper output) : IClassFixture<WebApp>
{
    /// <summary>Enough for every route of the demo data at <see cref="SiteCrawler.PerRoute"/> pages each.</summary>
    private const int PagesPerVisitor = 150;

    /// <summary>Who visits, and from where: pages only reached through a form are listed as entry points.</summary>
    private static readonly (string? Account, string[] EntryPoints)[] Visitors =
    [
        (null, ["/", "/compte/connexion", "/compte/inscription", "/compte/mot-de-passe-oublie", "/rejoindre", "/introuvable"]),
        (DemoFacts.Administrator, ["/", "/admin/utilisateurs", "/admin/journal", "/admin/courriels", "/moderation", "/compte", "/notifications"]),
        (DemoFacts.Facilitator, ["/", "/compte", "/compte/courriels"]),
        (DemoFacts.Pilot, ["/", $"/feuilles-de-route/{DemoFacts.Drome}/suivi"]),
        (DemoFacts.DromeManager, ["/", $"/feuilles-de-route/{DemoFacts.Drome}/suivi"]),
        (DemoFacts.Mediator, ["/mediation", "/mediation/contributions"]),
    ];

    [SkippableFact]
    public async Task EveryPageReachedIsValidHtml()
    {
        Skip.If(NuHtmlChecker.SkipReason is not null, NuHtmlChecker.SkipReason);
        var checker = await NuHtmlChecker.GetAsync();
        var errors = new List<string>();
        var validated = 0;

        foreach (var (account, entryPoints) in Visitors)
        {
            using var client = account is null ? web.Anonymous() : await web.SignedInAsync(account);
            var pages = await SiteCrawler.CrawlAsync(client, entryPoints, PagesPerVisitor);
            var visitor = account ?? "visiteur";
            foreach (var (path, html) in pages)
            {
                errors.AddRange(await checker.FindErrorsAsync($"{visitor} {path}", html));
            }

            validated += pages.Count;
            output.WriteLine($"{visitor} : {pages.Count} pages validées");
        }

        output.WriteLine($"{validated} pages validées, {errors.Count} erreurs");
        Assert.True(validated >= 50, $"{validated} pages seulement atteintes : le parcours des liens ne trouve plus les pages.");
        Assert.True(errors.Count == 0, $"{errors.Count} erreurs du validateur sur {validated} pages :{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [SkippableFact]
    public async Task CheckerReportsAnInvalidPage()
    {
        Skip.If(NuHtmlChecker.SkipReason is not null, NuHtmlChecker.SkipReason);
        var checker = await NuHtmlChecker.GetAsync();

        var errors = await checker.FindErrorsAsync("exemple", """
            <!DOCTYPE html><html lang="fr"><head><title>Essai</title></head>
            <body><p b-1a2b3c4d5e>Bonjour</p><input type="checkbox" checked="a"></body></html>
            """);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("b-1a2b3c4d5e", StringComparison.Ordinal) && e.StartsWith("[exemple] ligne 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("checked", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task CheckerAcceptsAValidPage()
    {
        Skip.If(NuHtmlChecker.SkipReason is not null, NuHtmlChecker.SkipReason);
        var checker = await NuHtmlChecker.GetAsync();

        var errors = await checker.FindErrorsAsync("exemple", """
            <!DOCTYPE html><html lang="fr"><head><title>Essai</title></head>
            <body><p data-s-exemple>Bonjour</p><input type="checkbox" checked aria-label="Oui"></body></html>
            """);

        Assert.Empty(errors);
    }
}
