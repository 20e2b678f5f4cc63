using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Roadmap.Application.Common;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Search;

public sealed class SearchPageTests(SearchWebApp app) : IClassFixture<SearchWebApp>
{
    private const string SarthePage = $"/feuilles-de-route/{DemoFacts.Sarthe}/actions";
    private const string LongPage = $"/feuilles-de-route/{SearchWebApp.LongSlug}/actions";

    [Fact]
    public async Task FilteringByStatusListsOnlyThatStatus()
    {
        var page = await GetAsync($"{SarthePage}?statut=Proposed");

        var badges = page.QuerySelectorAll(".action-list .badge").Select(b => b.ClassName).ToList();
        Assert.NotEmpty(badges);
        Assert.All(badges, c => Assert.Contains("status-proposed", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnnouncesHowManyActionsWereFound()
    {
        var page = await GetAsync(LongPage);

        Assert.Contains($"{SearchWebApp.LongCount} actions trouvées", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaginationMarksTheCurrentPageAndKeepsTheFilters()
    {
        var page = await GetAsync($"{LongPage}?q=numero&tri=newest&page=2");

        var nav = page.QuerySelector("nav[aria-label=Pagination]")!;
        Assert.Equal("Page 2", nav.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Equal($"{LongPage}?q=numero&tri=newest&page=3", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"{LongPage}?q=numero&tri=newest", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RandomOrderKeepsItsSeedFromPageToPage()
    {
        var first = await GetAsync($"{LongPage}?tri=random");
        var next = first.QuerySelector("nav[aria-label=Pagination] a[rel=next]")!.GetAttribute("href")!;
        var second = await GetAsync(next);

        Assert.Contains("graine=", next, StringComparison.Ordinal);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
    }

    [Fact]
    public async Task ABadPageNumberGetsAFrenchMessage()
    {
        var page = await GetAsync($"{LongPage}?page=0");

        Assert.Contains(Paging.OutOfRange, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFieldHasALabel()
    {
        var page = await GetAsync(LongPage);

        var fields = page.QuerySelectorAll("form[method=get] select, form[method=get] input[type=search]").ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.NotNull(page.QuerySelector($"label[for='{f.Id}']")));
    }

    [Fact]
    public async Task HasOneH1AndItsOwnTitle()
    {
        using var client = app.Anonymous();

        var html = await client.GetStringAsync(new Uri(LongPage, UriKind.Relative));

        Assert.Equal(1, HtmlAssertions.CountH1(html));
        Assert.Equal("Actions — Une liste longue — Roadmap", HtmlAssertions.Title(html));
    }

    [Fact]
    public async Task UnknownRoadmapIs404()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/feuilles-de-route/inconnue/actions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheRoadmapPageShowsTheTopTenAndLinksToTheWholeAxis()
    {
        var page = await GetAsync($"/feuilles-de-route/{SearchWebApp.LongSlug}");

        var axis = page.QuerySelector("section.axis")!;
        Assert.Equal(10, axis.QuerySelectorAll(".action-card").Length);
        var link = axis.QuerySelector(".see-all a")!;
        Assert.StartsWith($"Voir les {SearchWebApp.LongCount} actions de cet axe", link.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"{LongPage}?axe=", link.GetAttribute("href"), StringComparison.Ordinal);
    }

    private static List<string> Titles(IHtmlDocument page) => page.QuerySelectorAll(".action-title a").Select(a => a.TextContent).ToList();

    private async Task<IHtmlDocument> GetAsync(string url)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
