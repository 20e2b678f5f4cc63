namespace Roadmap.Application.Domain.FollowUp;

/// <summary>
/// An indicator's straight trajectory: from <see cref="Baseline"/> on <see cref="StartsOn"/> to
/// <see cref="Target"/> on <see cref="DueOn"/>. Works for targets below the baseline (« réduire de… ») too.
/// </summary>
public sealed record IndicatorTrajectory(decimal Baseline, DateOnly StartsOn, decimal Target, DateOnly DueOn)
{
    /// <summary>
    /// How far from the expected share of the way a value may be and still be « dans les temps »
    /// (inclusive): 5 points of the way from baseline to target.
    /// </summary>
    public const decimal Tolerance = 0.05m;

    /// <summary>The value the straight line expects on <paramref name="day"/> (the baseline before the start, the target after the due date).</summary>
    public decimal ExpectedOn(DateOnly day) => Baseline + ((Target - Baseline) * ExpectedShareOn(day));

    /// <summary>The share of the way (0 to 1) the straight line expects to be done on <paramref name="day"/>.</summary>
    public decimal ExpectedShareOn(DateOnly day)
    {
        var length = DueOn.DayNumber - StartsOn.DayNumber;
        if (length <= 0)
        {
            return day >= DueOn ? 1m : 0m;
        }

        var elapsed = Math.Clamp(day.DayNumber - StartsOn.DayNumber, 0, length);
        return (decimal)elapsed / length;
    }

    /// <summary>
    /// The share of the way done by <paramref name="value"/>: 0 at the baseline, 1 at the target; below 0
    /// when it moved away from the target, above 1 beyond it. A target equal to the baseline is done or not.
    /// </summary>
    public decimal ShareDone(decimal value) =>
        Target == Baseline
            ? (value == Target ? 1m : 0m)
            : (value - Baseline) / (Target - Baseline);

    /// <summary>The state of <paramref name="value"/> measured on <paramref name="measuredOn"/>: after the due date, anything short of the target is late.</summary>
    public IndicatorState StateOf(decimal value, DateOnly measuredOn)
    {
        var done = ShareDone(value);
        if (done >= 1m)
        {
            return IndicatorState.Achieved;
        }

        if (measuredOn > DueOn)
        {
            return IndicatorState.Late;
        }

        var expected = ExpectedShareOn(measuredOn);
        return done > expected + Tolerance ? IndicatorState.Ahead
            : done >= expected - Tolerance ? IndicatorState.OnTrack
            : IndicatorState.Late;
    }
}
