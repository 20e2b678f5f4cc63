using System.Net;
using System.Text.RegularExpressions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Pages;

/// <summary>The public pages, served by the real app on the seeded demo data.</summary>
public sealed partial class PublicPagesTests(WebApp web) : IClassFixture<WebApp>
{
    private const string SarthePath = "/feuilles-de-route/usages-numeriques-sarthe";

    [Fact]
    public async Task HomeListsTheDemoRoadmaps()
    {
        var html = await GetOkAsync("/");

        Assert.Contains("Feuille de route territoriale des usages numériques", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{SarthePath}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(SarthePath)]
    public async Task PagesHaveOneH1ATitleAndASkipLink(string path)
    {
        var html = await GetOkAsync(path);

        Assert.Equal(1, HtmlAssertions.CountH1(html));
        Assert.EndsWith("— Roadmap", HtmlAssertions.Title(html), StringComparison.Ordinal);
        Assert.Contains("href=\"#contenu\"", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoadmapPageShowsItsAxesAndActions()
    {
        var html = await GetOkAsync(SarthePath);

        Assert.True(Regex.Count(html, "class=\"axis\"") >= 5, "the Sarthe roadmap has five axes");
        Assert.Matches(ActionLink(), html);
        Assert.Contains("aria-current=\"step\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionPageShowsIndicatorsBudgetHistoryAndComments()
    {
        var roadmap = await GetOkAsync(SarthePath);
        var actionPath = ActionLink().Match(roadmap).Groups[1].Value;

        var html = await GetOkAsync(actionPath);

        Assert.Equal(1, HtmlAssertions.CountH1(html));
        Assert.Contains("Indicateurs de réussite", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("Budget estimé", html, StringComparison.Ordinal);
        Assert.Contains("Historique", html, StringComparison.Ordinal);
        Assert.Contains("Commentaires", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feuilles-de-route/inconnue")]
    [InlineData(SarthePath + "/actions/00000000-0000-0000-0000-000000000001")]
    [InlineData(SarthePath + "/actions/pas-un-guid")]
    [InlineData("/une/adresse/qui/n-existe/pas")]
    public async Task UnknownAddressesGiveTheFrench404Page(string path)
    {
        using var client = web.App.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActionUnderAnotherRoadmapsSlugIsNotFound()
    {
        var roadmap = await GetOkAsync(SarthePath);
        var actionId = ActionLink().Match(roadmap).Groups[2].Value;
        var home = await GetOkAsync("/");
        var otherSlug = OtherRoadmap().Matches(home).Select(m => m.Groups[1].Value).First(s => s != "usages-numeriques-sarthe");
        using var client = web.App.CreateClient();

        var response = await client.GetAsync(new Uri($"/feuilles-de-route/{otherSlug}/actions/{actionId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HealthChecksTheDatabase()
    {
        using var client = web.App.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponsesCarryTheSecurityHeaders()
    {
        using var client = web.App.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private async Task<string> GetOkAsync(string path)
    {
        using var client = web.App.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("href=\"(/feuilles-de-route/usages-numeriques-sarthe/actions/([0-9a-f-]{36}))\"")]
    private static partial Regex ActionLink();

    [GeneratedRegex("href=\"/feuilles-de-route/([a-z0-9-]+)\"")]
    private static partial Regex OtherRoadmap();
}
