using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Common;

namespace Roadmap.Application.Tests.Search;

public sealed class SearchActionsPagingTests : SearchTestBase
{
    [Fact]
    public async Task ReturnsTheAskedPageWithTotalAndPageCount()
    {
        await SaveAsync([.. Enumerable.Range(1, 25).Select(i => Action($"Action {i}", minutes: i))]);

        var results = await Host.SendAsync(Search with { Sort = ActionSearchSort.Newest, Page = 3, PageSize = 10 });

        Assert.Equal(25, results.Total);
        Assert.Equal(3, results.Page);
        Assert.Equal(10, results.PageSize);
        Assert.Equal(3, results.PageCount);
        Assert.Equal(["Action 5", "Action 4", "Action 3", "Action 2", "Action 1"], results.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task DefaultsToTwentyPerPage()
    {
        await SaveAsync([.. Enumerable.Range(1, 21).Select(i => Action($"Action {i}"))]);

        var results = await Host.SendAsync(Search);

        Assert.Equal(20, results.Items.Count);
        Assert.Equal(2, results.PageCount);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("random", null)]
    [InlineData(null, "action")]
    public async Task PagesListEveryActionOnceEvenWhenCountsTie(string? sort, string? query)
    {
        await SaveAsync([.. Enumerable.Range(1, 23).Select(i => Action($"Action {i}"))]);

        var pages = new List<Guid>();
        for (var page = 1; page <= 5; page++)
        {
            pages.AddRange((await Host.SendAsync(Search with { Sort = sort, Q = query, Seed = 7, Page = page, PageSize = 5 })).Items.Select(i => i.Id));
        }

        Assert.Equal(23, pages.Distinct().Count());
        Assert.Equal(23, pages.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("random")]
    public async Task APageAfterTheLastIsEmptyButKeepsTheTotal(string? sort)
    {
        await SaveAsync(Action(), Action());

        var results = await Host.SendAsync(Search with { Sort = sort, Page = 2, PageSize = 100 });

        Assert.Empty(results.Items);
        Assert.Equal(2, results.Total);
        Assert.Equal(1, results.PageCount);
    }

    [Fact]
    public async Task NoMatchGivesNoPage()
    {
        await SaveAsync(Action("Équiper les écoles"));

        var results = await Host.SendAsync(Search with { Q = "introuvable" });

        Assert.Equal(0, results.Total);
        Assert.Equal(0, results.PageCount);
    }

    [Fact]
    public async Task TheLastAllowedPageDoesNotOverflow()
    {
        await SaveAsync(Action());

        var results = await Host.SendAsync(Search with { Page = Paging.MaxPage, PageSize = SearchActions.MaxPageSize });

        Assert.Empty(results.Items);
    }
}
