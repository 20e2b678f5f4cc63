using Roadmap.Application.Roadmaps.GetRoadmap;

namespace Roadmap.Application.Tests.Search;

/// <summary>The roadmap page stays light with thousands of actions: a few per axis, the rest through the search.</summary>
public sealed class RoadmapTopActionsTests : SearchTestBase
{
    [Fact]
    public async Task ShowsTheMostSupportedActionsOfEachAxisAndItsTotal()
    {
        var popular = Action("Populaire", minutes: 5);
        await SaveAsync([.. Enumerable.Range(1, 4).Select(i => Action($"Action {i}", minutes: i)), popular, .. Supports(popular, 2), Action("Autre axe", axis: 1)]);

        var overview = await Host.SendAsync(new GetRoadmap(Slug) { ActionsPerAxis = 3 });

        Assert.Equal(5, overview.Axes[0].ActionCount);
        Assert.Equal(["Populaire", "Action 1", "Action 2"], overview.Axes[0].Actions.Select(a => a.Title));
        Assert.Equal(1, overview.Axes[1].ActionCount);
        Assert.Single(overview.Axes[1].Actions);
    }

    [Fact]
    public async Task ShowsTenActionsPerAxisByDefault()
    {
        await SaveAsync([.. Enumerable.Range(1, 12).Select(i => Action($"Action {i}"))]);

        var axis = (await Host.SendAsync(new GetRoadmap(Slug))).Axes[0];

        Assert.Equal(12, axis.ActionCount);
        Assert.Equal(10, axis.Actions.Count);
    }

    [Fact]
    public async Task HiddenActionsAreLeftOutOfTheTotal()
    {
        var hidden = Action("Masquée");
        hidden.Hide("Doublon", Fixtures.RoadmapBuilder.Now);
        await SaveAsync(hidden, Action("Visible"));

        var axis = (await Host.SendAsync(new GetRoadmap(Slug))).Axes[0];

        Assert.Equal(1, axis.ActionCount);
    }
}
