using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Search;

public sealed class SearchActionsIndicatorGlanceTests : SearchTestBase
{
    private static readonly DateTimeOffset Later = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AFollowedUpActionShowsItsFirstIndicatorsValuesAndState()
    {
        var followed = Action("Suivie");
        followed.Retain(Proposer, "Oui", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var indicator = followed.Indicators[0];
        var values = new[] { Value(indicator, new DateOnly(2026, 6, 1), 50m), Value(indicator, new DateOnly(2026, 3, 1), 20m) };
        indicator.ShowLatest(50m, new DateOnly(2026, 6, 1));
        await SaveAsync(followed, Action("Proposée"));
        await SaveAsync(values);

        var items = (await Host.SendAsync(Search with { Sort = "newest" })).Items;

        var glance = items.Single(i => i.Title == "Suivie").FirstIndicator;
        Assert.NotNull(glance);
        Assert.Equal([20m, 50m], glance.Values);
        Assert.Equal(IndicatorState.Late, glance.State);
        Assert.Equal("Personnes accompagnées", glance.Name);
        Assert.Null(items.Single(i => i.Title == "Proposée").FirstIndicator);
    }

    [Fact]
    public async Task ARetainedActionWithoutValuesHasNoGlance()
    {
        var retained = Action("Retenue");
        retained.Retain(Proposer, "Oui", RoadmapBuilder.Now);
        await SaveAsync(retained);

        var item = Assert.Single((await Host.SendAsync(Search)).Items);

        Assert.Null(item.FirstIndicator);
    }

    private IndicatorValue Value(ActionIndicator indicator, DateOnly on, decimal value) =>
        IndicatorValue.Record(indicator, on, value, "", "", Proposer, Later);
}
