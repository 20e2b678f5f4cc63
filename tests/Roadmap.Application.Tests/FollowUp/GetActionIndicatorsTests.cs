using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.FollowUp.GetActionIndicators;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class GetActionIndicatorsTests : ApplicationTest
{
    private static readonly DateTimeOffset Later = RoadmapBuilder.Now.AddYears(1);

    private readonly RoadmapBuilder _builder = new();

    [Fact]
    public async Task ReturnsTheIndicatorsInOrderWithTheirValuesOldestFirst()
    {
        var action = await RetainedActionAsync(
            new SuccessIndicator("Personnes accompagnées", "personnes", 0, 2_000, new DateOnly(2027, 12, 31)),
            new SuccessIndicator("Lieux de médiation", "lieux", 10, 30, new DateOnly(2027, 12, 31)));
        var first = action.Indicators[0];
        await RecordAsync(first, (new DateOnly(2026, 9, 1), 300m), (new DateOnly(2026, 6, 1), 100m));

        var view = await Host.SendAsync(new GetActionIndicators(action.Id));

        Assert.True(view.IsFollowedUp);
        Assert.Equal(["Personnes accompagnées", "Lieux de médiation"], view.Indicators.Select(i => i.Name));
        Assert.Equal([new MeasuredValue(new DateOnly(2026, 6, 1), 100m), new MeasuredValue(new DateOnly(2026, 9, 1), 300m)], view.Indicators[0].Values);
        Assert.Empty(view.Indicators[1].Values);
    }

    [Fact]
    public async Task SaysWhereEachIndicatorStandsAgainstItsTrajectory()
    {
        var action = await RetainedActionAsync(
            new SuccessIndicator("En retard", "personnes", 0, 2_000, new DateOnly(2027, 12, 31)),
            new SuccessIndicator("En avance", "lieux", 0, 100, new DateOnly(2027, 12, 31)),
            new SuccessIndicator("Pas mesuré", "lieux", 0, 100, new DateOnly(2027, 12, 31)));
        await RecordAsync(action.Indicators[0], (new DateOnly(2026, 9, 10), 100m));
        await RecordAsync(action.Indicators[1], (new DateOnly(2026, 9, 10), 90m));

        var view = await Host.SendAsync(new GetActionIndicators(action.Id));

        Assert.Equal([IndicatorState.Late, IndicatorState.Ahead, IndicatorState.NotMeasured], view.Indicators.Select(i => i.Progress.State));
        Assert.Equal(5, view.Indicators[0].Progress.PercentDone);
        Assert.Equal(new DateOnly(2026, 3, 10), view.Indicators[0].Progress.Trajectory!.StartsOn);
        Assert.Equal(100m, view.Indicators[0].Latest);
    }

    [Fact]
    public async Task TheFirstValueStandsForAMissingBaseline()
    {
        var action = await RetainedActionAsync(new SuccessIndicator("Foyers raccordés", "foyers", null, 3_000, new DateOnly(2028, 6, 1)));
        await RecordAsync(action.Indicators[0], (new DateOnly(2026, 4, 1), 1_000m), (new DateOnly(2026, 10, 1), 2_000m));

        var progress = (await Host.SendAsync(new GetActionIndicators(action.Id))).Indicators[0].Progress;

        Assert.Equal(50, progress.PercentDone);
        Assert.Equal(new IndicatorTrajectory(1_000m, new DateOnly(2026, 4, 1), 3_000m, new DateOnly(2028, 6, 1)), progress.Trajectory);
        Assert.Equal(IndicatorState.Ahead, progress.State);
    }

    [Fact]
    public async Task AnActionNotYetRetainedIsNotFollowedUp()
    {
        var roadmap = _builder.Build();
        var action = Drafts.Proposed(roadmap, await Host.NewUserAsync());
        await Host.SaveAsync(_builder.Owner, roadmap, action);

        var view = await Host.SendAsync(new GetActionIndicators(action.Id));

        Assert.False(view.IsFollowedUp);
        Assert.Equal(IndicatorState.NotMeasured, Assert.Single(view.Indicators).Progress.State);
    }

    [Fact]
    public async Task AnActionHiddenByModerationIsRefusedAsOnItsPage()
    {
        var roadmap = _builder.Build();
        var action = Drafts.Proposed(roadmap, await Host.NewUserAsync());
        action.Hide("Doublon", RoadmapBuilder.Now);
        await Host.SaveAsync(_builder.Owner, roadmap, action);

        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetActionIndicators(action.Id)));
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetActionIndicators(Guid.NewGuid())));
    }

    private async Task<RoadmapAction> RetainedActionAsync(params SuccessIndicator[] indicators)
    {
        var roadmap = _builder.Build();
        var person = await Host.NewUserAsync();
        var action = RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0]) with { Indicators = indicators }, person, RoadmapBuilder.Now);
        action.Retain(person, "Priorité", RoadmapBuilder.Now);
        await Host.SaveAsync(_builder.Owner, roadmap, action);
        return action;
    }

    private async Task RecordAsync(ActionIndicator indicator, params (DateOnly On, decimal Value)[] values)
    {
        var pilot = await Host.NewUserAsync();
        var latest = values.MaxBy(v => v.On);
        indicator.ShowLatest(latest.Value, latest.On);
        await Host.WithDbAsync(async db =>
        {
            db.IndicatorValues.AddRange(values.Select(v => IndicatorValue.Record(indicator, v.On, v.Value, "", "", pilot, Later)));
            db.Indicators.Update(indicator);
            return await db.SaveChangesAsync();
        });
    }
}
