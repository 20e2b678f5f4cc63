using Roadmap.Application.Actions.SearchActions;

namespace Roadmap.Application.Tests.Search;

public sealed class SearchActionsSortTests : SearchTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("supports")]
    [InlineData("SUPPORTS")]
    public async Task MostSupportedComeFirstByDefault(string? sort)
    {
        var one = Action("Un soutien");
        var three = Action("Trois soutiens");
        await SaveAsync([one, three, Action("Aucun soutien"), .. Supports(one, 1), .. Supports(three, 3)]);

        var titles = await TitlesAsync(Search with { Sort = sort });

        Assert.Equal(["Trois soutiens", "Un soutien", "Aucun soutien"], titles);
    }

    [Fact]
    public async Task MostCommentedComeFirst()
    {
        var two = Action("Deux commentaires");
        var one = Action("Un commentaire");
        await SaveAsync([Action("Aucun"), one, two, .. Comments(one, 1), .. Comments(two, 2)]);

        var titles = await TitlesAsync(Search with { Sort = ActionSearchSort.Comments });

        Assert.Equal(["Deux commentaires", "Un commentaire", "Aucun"], titles);
    }

    [Fact]
    public async Task NewestComeFirst()
    {
        await SaveAsync(Action("Ancienne", minutes: 1), Action("Récente", minutes: 30), Action("Moyenne", minutes: 10));

        var titles = await TitlesAsync(Search with { Sort = ActionSearchSort.Newest });

        Assert.Equal(["Récente", "Moyenne", "Ancienne"], titles);
    }

    [Fact]
    public async Task FreeTextKeepsTheAskedOrder()
    {
        var popular = Action("Équiper les écoles rurales");
        await SaveAsync([Action("Équiper les écoles"), popular, .. Supports(popular, 2)]);

        var titles = await TitlesAsync(Search with { Q = "ecoles", Sort = "supports" });

        Assert.Equal(["Équiper les écoles rurales", "Équiper les écoles"], titles);
    }

    [Fact]
    public async Task RandomOrderIsTheSameForTheSameSeed()
    {
        await SaveAsync([.. Enumerable.Range(1, 30).Select(i => Action($"Action {i}"))]);

        var first = await TitlesAsync(Search with { Sort = ActionSearchSort.Random, Seed = 42, PageSize = 30 });
        var second = await TitlesAsync(Search with { Sort = ActionSearchSort.Random, Seed = 42, PageSize = 30 });

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RandomOrderChangesWithTheSeed()
    {
        await SaveAsync([.. Enumerable.Range(1, 30).Select(i => Action($"Action {i}"))]);

        var first = await TitlesAsync(Search with { Sort = ActionSearchSort.Random, Seed = 42, PageSize = 30 });
        var other = await TitlesAsync(Search with { Sort = ActionSearchSort.Random, Seed = 43, PageSize = 30 });

        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task RandomOrderIsNotTheCreationOrder()
    {
        var created = Enumerable.Range(1, 30).Select(i => Action($"Action {i}", minutes: i)).ToList();
        await SaveAsync([.. created]);

        var titles = await TitlesAsync(Search with { Sort = ActionSearchSort.Random, Seed = 42, PageSize = 30 });

        Assert.NotEqual(created.Select(a => a.Title), titles);
        Assert.Equal(created.Select(a => a.Title).Order(), titles.Order());
    }

    [Fact]
    public async Task RandomOrderWithoutSeedReturnsTheSeedItDrew()
    {
        await SaveAsync([.. Enumerable.Range(1, 10).Select(i => Action($"Action {i}"))]);

        var drawn = await Host.SendAsync(Search with { Sort = ActionSearchSort.Random });
        var replayed = await Host.SendAsync(Search with { Sort = ActionSearchSort.Random, Seed = drawn.Seed });

        Assert.NotNull(drawn.Seed);
        Assert.Equal(drawn.Items.Select(i => i.Id), replayed.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task OtherSortsReportNoSeed()
    {
        await SaveAsync(Action());

        var results = await Host.SendAsync(Search with { Sort = ActionSearchSort.Newest, Seed = 5 });

        Assert.Null(results.Seed);
    }
}
