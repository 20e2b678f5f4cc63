using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Domain.FollowUp;

/// <summary>
/// What a reader is told about one indicator: baseline → latest value → target, the share of the way
/// done (0–100, capped) and the state against the trajectory.
/// </summary>
public sealed record IndicatorProgress(
    decimal? Baseline,
    decimal? Latest,
    DateOnly? LatestOn,
    decimal Target,
    int? PercentDone,
    IndicatorState State,
    IndicatorTrajectory? Trajectory)
{
    /// <summary>
    /// The trajectory starts at the indicator's baseline date, else on the day the action was retained
    /// (<paramref name="retainedOn"/>); without a baseline, the first measured value
    /// (<paramref name="firstValue"/>, on <paramref name="firstOn"/>) stands in for it.
    /// </summary>
    public static IndicatorProgress Of(ActionIndicator indicator, DateOnly? retainedOn, decimal? firstValue = null, DateOnly? firstOn = null)
    {
        var baseline = indicator.Baseline ?? firstValue;
        var startsOn = indicator.Baseline is null ? firstOn : indicator.BaselineOn ?? retainedOn;
        var trajectory = baseline is { } b && startsOn is { } s && indicator.DueOn is { } due
            ? new IndicatorTrajectory(b, s, indicator.Target, due)
            : null;

        if (indicator.LatestValue is not { } latest || indicator.LatestMeasuredOn is not { } latestOn)
        {
            return new IndicatorProgress(indicator.Baseline, null, null, indicator.Target, null, IndicatorState.NotMeasured, trajectory);
        }

        var shareDone = baseline is { } start ? new IndicatorTrajectory(start, latestOn, indicator.Target, latestOn).ShareDone(latest) : (decimal?)null;
        var percent = shareDone is { } share ? (int)Math.Round(Math.Clamp(share, 0m, 1m) * 100m, MidpointRounding.ToZero) : (int?)null;
        var state = trajectory?.StateOf(latest, latestOn)
            ?? (shareDone >= 1m ? IndicatorState.Achieved : IndicatorState.NoTrajectory);
        return new IndicatorProgress(indicator.Baseline, latest, latestOn, indicator.Target, percent, state, trajectory);
    }
}
