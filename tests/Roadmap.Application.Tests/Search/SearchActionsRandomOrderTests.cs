using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.SearchActions;

namespace Roadmap.Application.Tests.Search;

/// <summary>The random order is computed by the database from each action's shuffle key and the seed, one page at a time.</summary>
public sealed partial class SearchActionsRandomOrderTests : SearchTestBase
{
    private static SearchActions Random(int seed, int page = 1, int pageSize = 5) =>
        Search with { Sort = ActionSearchSort.Random, Seed = seed, Page = page, PageSize = pageSize };

    [Fact]
    public async Task ASeedListsEveryActionOnceAcrossItsPagesAndAgainInTheSameOrder()
    {
        var actions = Enumerable.Range(1, 23).Select(i => Action($"Action {i}")).ToList();
        await SaveAsync([.. actions]);

        var first = await IdsAsync(seed: 42);
        var again = await IdsAsync(seed: 42);

        Assert.Equal(actions.Select(a => a.Id).Order(), first.Order());
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task TwoSeedsGiveTwoOrders()
    {
        await SaveAsync([.. Enumerable.Range(1, 20).Select(i => Action($"Action {i}"))]);

        Assert.NotEqual(await IdsAsync(seed: 1), await IdsAsync(seed: 2));
    }

    [Fact]
    public async Task OrdersByTheSeedsPermutationOfTheShuffleKeys()
    {
        await SaveAsync([.. Enumerable.Range(1, 12).Select(i => Action($"Action {i}"))]);
        var keys = await Host.WithDbAsync(db => db.Actions.ToDictionaryAsync(a => a.Id, a => a.ShuffleKey));
        var (multiplier, offset) = ShuffleOrder.For(7);

        var ids = await IdsAsync(seed: 7);

        Assert.Equal(keys.OrderBy(k => (k.Value * multiplier + offset) % ShuffleOrder.Modulus).Select(k => k.Key), ids);
    }

    [Fact]
    public async Task FiltersAndFreeTextStillApply()
    {
        await SaveAsync(Action("Équiper les écoles"), Action("Équiper les mairies", axis: 1), Action("Rénover les écoles"), Action("Planter des haies"));

        var results = await Host.SendAsync(Random(seed: 5) with { AxisId = Roadmap.Axes[0].Id, Q = "écoles" });

        Assert.Equal(["Équiper les écoles", "Rénover les écoles"], results.Items.Select(i => i.Title).Order());
        Assert.Equal(2, results.Total);
        Assert.Equal(5, results.Seed);
    }

    [Fact]
    public async Task ReadsOnePageOfActionsNotEveryId()
    {
        await SaveAsync([.. Enumerable.Range(1, 30).Select(i => Action($"Action {i}"))]);
        Host.Sql.Clear();

        var results = await Host.SendAsync(Random(seed: 42, page: 2));

        Assert.Equal(5, results.Items.Count);
        var page = Assert.Single(Host.Sql.Commands, c => c.Contains("\"ShuffleKey\"", StringComparison.Ordinal));
        Assert.Matches(ShuffledPage(), page);
        Assert.DoesNotContain(Host.Sql.Commands, c => EveryId().IsMatch(c));
    }

    /// <summary>The order in 64 bits (SQLite's integers are; PostgreSQL casts) and one page, as SQLite and PostgreSQL write it.</summary>
    [GeneratedRegex(@"ORDER BY \((CAST\()?""?a""?\.""ShuffleKey""( AS INTEGER\)|::bigint) \* @multiplier \+ @offset\) % 2147483647, ""?a""?\.""Id""\s+LIMIT @\w+ OFFSET @\w+$")]
    private static partial Regex ShuffledPage();

    /// <summary>What the shuffle in memory used to read: the id of every matching action.</summary>
    [GeneratedRegex(@"^SELECT ""?a""?\.""Id""\s+FROM ""Actions""")]
    private static partial Regex EveryId();

    private async Task<List<Guid>> IdsAsync(int seed)
    {
        var ids = new List<Guid>();
        for (var page = 1; page <= 5; page++)
        {
            ids.AddRange((await Host.SendAsync(Random(seed, page))).Items.Select(i => i.Id));
        }

        return ids;
    }
}
