using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Pages;

/// <summary>What a search engine reads of the demo: a French description and one canonical address per public page; noindex elsewhere.</summary>
public sealed class FindablePagesTests(WebApp web) : IClassFixture<WebApp>
{
    private const string Sarthe = "/feuilles-de-route/" + DemoFacts.Sarthe;
    private const string Drome = "/feuilles-de-route/" + DemoFacts.Drome;

    [Fact]
    public async Task EveryPublicPageHasOneFrenchDescriptionAndOneCanonicalAddress()
    {
        foreach (var path in await PublicPathsAsync())
        {
            var page = await GetAsync(path);

            var description = Assert.Single(page.QuerySelectorAll("meta[name='description']")).GetAttribute("content") ?? "";
            Assert.True(description.Length is >= 50 and <= 161, $"{path}: {description.Length} characters « {description} »");
            Assert.True(description.IndexOfAny(['<', '>', '*', '#']) < 0, $"{path}: « {description} »");
            Assert.Equal(description.Trim(), description);
            var canonical = Assert.Single(page.QuerySelectorAll("link[rel='canonical']")).GetAttribute("href") ?? "";
            Assert.StartsWith(RoadmapWebFactory.PublicUrl + "/", canonical, StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("meta[name='robots']"));
        }
    }

    [Fact]
    public async Task TwoActionsHaveDifferentDescriptions()
    {
        var actions = await SartheActionPathsAsync(2);

        var first = await DescriptionAsync(actions[0]);
        var second = await DescriptionAsync(actions[1]);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task AnActionWithAnEasyReadIsDescribedByIt()
    {
        var (path, easyRead) = await web.WithDbAsync(async db => await db.Actions.AsNoTracking()
            .Where(a => a.EasyRead != "" && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == DemoFacts.Sarthe))
            .Select(a => new ValueTuple<string, string>($"{Sarthe}/actions/{a.Id}", a.EasyRead)).FirstAsync());

        var description = await DescriptionAsync(path);

        Assert.StartsWith(easyRead.Split('\n')[0], description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSearchPageKeepsOnlyItsPageNumberInItsCanonicalAddress()
    {
        var page = await GetAsync($"{Sarthe}/actions?q=num%C3%A9rique&tri=recents&page=2");

        Assert.Equal($"{RoadmapWebFactory.PublicUrl}{Sarthe}/actions?page=2", page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/compte/connexion")]
    [InlineData("/compte/inscription")]
    [InlineData("/rejoindre")]
    [InlineData("/une/adresse/qui/n-existe/pas")]
    public async Task PagesThatAreNotContentAreKeptOutOfSearchEngines(string path)
    {
        using var client = web.Anonymous();
        var page = await new HtmlParser().ParseDocumentAsync(await (await client.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync());

        Assert.Equal("noindex", Assert.Single(page.QuerySelectorAll("meta[name='robots']")).GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("meta[name='description']"));
    }

    [Fact]
    public async Task SignedInPagesAreKeptOutOfSearchEngines()
    {
        using var client = await web.SignedInAsync(DemoFacts.Administrator);

        foreach (var path in new[] { "/compte", "/notifications", "/admin/utilisateurs", $"{Sarthe}/proposer" })
        {
            var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
            Assert.Equal("noindex", Assert.Single(page.QuerySelectorAll("meta[name='robots']")).GetAttribute("content"));
        }
    }

    private async Task<IReadOnlyList<string>> PublicPathsAsync()
    {
        var ids = await web.WithDbAsync(async db => new
        {
            Workshop = await db.Workshops.AsNoTracking().Select(w => w.Id).FirstAsync(),
            Update = await db.Updates.AsNoTracking().Where(u => u.HiddenAt == null)
                .Join(db.Roadmaps, u => u.RoadmapId, r => r.Id, (u, r) => new { u.Id, u.ActionId, r.Slug })
                .FirstAsync(),
            Commune = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Commune).Select(o => o.Id).FirstAsync(),
        });
        return
        [
            "/",
            Sarthe,
            $"{Sarthe}/actions",
            .. await SartheActionPathsAsync(1),
            $"/feuilles-de-route/{ids.Update.Slug}/actions/{ids.Update.ActionId}/points-d-etape/{ids.Update.Id}",
            $"{Sarthe}/document",
            $"{Sarthe}/donnees",
            $"{Drome}/suivi",
            $"{Drome}/suivi/ma-commune",
            $"{Drome}/suivi/ma-commune?commune={ids.Commune}",
            $"/ateliers/{ids.Workshop}",
            "/accessibilite",
            "/mentions-legales",
            "/donnees-personnelles",
            "/cookies",
        ];
    }

    private Task<List<string>> SartheActionPathsAsync(int count) => web.WithDbAsync(db => db.Actions.AsNoTracking()
        .Where(a => a.HiddenAt == null && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == DemoFacts.Sarthe))
        .OrderBy(a => a.CreatedAt).Take(count).Select(a => $"{Sarthe}/actions/{a.Id}").ToListAsync());

    private async Task<string?> DescriptionAsync(string path) =>
        (await GetAsync(path)).QuerySelector("meta[name='description']")?.GetAttribute("content");

    private async Task<IHtmlDocument> GetAsync(string path)
    {
        using var client = web.Anonymous();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
