using Bunit;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Tests.Search;

public sealed class PaginationTests : BunitContext
{
    private IRenderedComponent<Pagination> RenderPage(int current, int count) =>
        Render<Pagination>(p => p
            .Add(c => c.CurrentPage, current)
            .Add(c => c.PageCount, count)
            .Add(c => c.Href, page => $"/liste?page={page}"));

    [Fact]
    public void RendersNothingForASinglePage()
    {
        Assert.Empty(RenderPage(1, 1).Markup.Trim());
    }

    [Fact]
    public void IsANamedNavigationWithTheCurrentPageMarked()
    {
        var cut = RenderPage(5, 20);

        var current = cut.Find("nav[aria-label=Pagination] a[aria-current=page]");
        Assert.Equal("Page 5", current.TextContent);
        Assert.Equal("/liste?page=5", current.GetAttribute("href"));
    }

    [Fact]
    public void LinksThePreviousAndNextPages()
    {
        var cut = RenderPage(5, 20);

        Assert.Equal("Page précédente", cut.Find("a[rel=prev]").TextContent);
        Assert.Equal("/liste?page=4", cut.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("Page suivante", cut.Find("a[rel=next]").TextContent);
        Assert.Equal("/liste?page=6", cut.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void ShowsTheEndsAndTwoPagesAroundTheCurrentOneWithGaps()
    {
        var cut = RenderPage(10, 20);

        var items = cut.FindAll("li").Select(li => li.TextContent.Replace("Page ", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(["précédente", "1", "…", "8", "9", "10", "11", "12", "…", "20", "suivante"], items);
    }

    [Fact]
    public void TheFirstPageHasNoPreviousLink()
    {
        Assert.Empty(RenderPage(1, 3).FindAll("a[rel=prev]"));
    }

    [Fact]
    public void TheLastPageHasNoNextLink()
    {
        Assert.Empty(RenderPage(3, 3).FindAll("a[rel=next]"));
    }

    [Fact]
    public void TheGapsAreHiddenFromScreenReaders()
    {
        var cut = RenderPage(10, 20);

        Assert.All(cut.FindAll("li.gap"), li => Assert.Equal("true", li.GetAttribute("aria-hidden")));
    }
}
