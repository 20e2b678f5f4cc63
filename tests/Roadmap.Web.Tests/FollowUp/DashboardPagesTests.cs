using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

/// <summary>The dashboard and « Ma commune » pages on the demo (the real Sarthe territory is imported), as a browser without JavaScript reads them.</summary>
public sealed class DashboardPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Dashboard = $"/feuilles-de-route/{DemoFacts.Sarthe}/suivi";
    private const string MyCommune = $"{Dashboard}/ma-commune";

    [Fact]
    public async Task DashboardHasOneTitleCaptionedTablesAndItsLinks()
    {
        var page = await GetAsync(Dashboard);

        var title = Assert.Single(page.QuerySelectorAll("h1")).TextContent;
        Assert.StartsWith("Suivi de « ", title, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(title, "feuille de route", RegexOptions.IgnoreCase)); // the roadmap's own title says it once
        var tables = page.QuerySelectorAll("table");
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
        Assert.All(page.QuerySelectorAll("table th"), th => Assert.NotNull(th.GetAttribute("scope")));
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/feuilles-de-route/{DemoFacts.Sarthe}/donnees", links);
        Assert.Contains($"/feuilles-de-route/{DemoFacts.Sarthe}/document", links);
        Assert.Contains(MyCommune, links);
        Assert.Contains(links, l => l?.StartsWith($"/feuilles-de-route/{DemoFacts.Sarthe}/actions?axe=", StringComparison.Ordinal) == true);
        Assert.NotEmpty(page.QuerySelector("#structures-titre")!.ParentElement!.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task DashboardWritesEveryBarAsAFigure()
    {
        var page = await GetAsync(Dashboard);

        Assert.All(page.QuerySelectorAll("progress"), bar =>
        {
            Assert.Equal("true", bar.GetAttribute("aria-hidden"));
            Assert.EndsWith($"{bar.GetAttribute("value")} %", bar.ParentElement!.TextContent.Trim(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheRoadmapPageLinksToItsDashboard()
    {
        var page = await GetAsync($"/feuilles-de-route/{DemoFacts.Sarthe}");

        Assert.NotNull(page.QuerySelector($"a[href='{Dashboard}']"));
    }

    [Fact]
    public async Task AnUnknownRoadmapHasNoDashboard()
    {
        var response = await app.Anonymous().GetAsync("/feuilles-de-route/inconnue/suivi");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MyCommuneIsAPlainGetFormWithALabel()
    {
        var page = await GetAsync(MyCommune);

        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("Nom de la commune ou code postal", page.QuerySelector($"label[for={input.Id}]")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("La Flèche")]
    [InlineData("la fleche")]
    public async Task FindsTheActionsOfACommuneByName(string term)
    {
        var page = await GetAsync($"{MyCommune}?q={Uri.EscapeDataString(term)}");

        Assert.StartsWith("La Flèche :", page.QuerySelector("#commune-actions-titre")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#commune-directement ~ ul li a"));
        Assert.NotNull(page.QuerySelector("#commune-intercommunalite"));
        Assert.NotNull(page.QuerySelector("#commune-departement"));
    }

    [Fact]
    public async Task APostcodeSharedByCommunesListsThemAll()
    {
        var page = await GetAsync($"{MyCommune}?q=72200");

        Assert.Contains("La Flèche", page.QuerySelectorAll("#communes-titre ~ ul a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task SeveralCommunesAreListedToChooseFrom()
    {
        var page = await GetAsync($"{MyCommune}?q=saint");

        var choices = page.QuerySelectorAll("#communes-titre ~ ul a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(choices.Count > 1);
        Assert.All(choices, href => Assert.StartsWith($"{MyCommune}?commune=", href, StringComparison.Ordinal));
        var chosen = await GetAsync(choices[0]);
        Assert.NotNull(chosen.QuerySelector("#commune-actions-titre"));
    }

    [Theory]
    [InlineData("", "Saisissez le nom d'une commune ou son code postal.")]
    [InlineData("%20%20", "Saisissez le nom d'une commune ou son code postal.")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "La recherche ne doit pas dépasser 100 caractères.")]
    public async Task BadTermsGetAFrenchMessageNextToTheField(string query, string message)
    {
        var page = await GetAsync($"{MyCommune}?q={query}");

        Assert.Equal(message, page.QuerySelector("#commune-recherche-erreur")!.TextContent);
        Assert.Contains("commune-recherche-erreur", page.QuerySelector("#commune-recherche")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScriptFindsNothingAndIsShownAsText()
    {
        var response = await app.Anonymous().GetAsync($"{MyCommune}?q={Uri.EscapeDataString("<script>alert(1)</script>")}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aucune commune ne correspond", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCommuneIsNotFound()
    {
        var response = await app.Anonymous().GetAsync($"{MyCommune}?commune={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<IHtmlDocument> GetAsync(string path)
    {
        var response = await app.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
