namespace Roadmap.Web.Components.Shared.Charts;

/// <summary>
/// What <see cref="LineChartSvg"/> draws: measured <see cref="Values"/> (oldest first) against the straight
/// <see cref="Trajectory"/> and the <see cref="Target"/>. <see cref="Id"/> prefixes the ids of the title and
/// description, so several charts can share a page.
/// </summary>
public sealed record LineChartData(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<ChartPoint> Values,
    ChartTrajectory? Trajectory,
    decimal Target);

/// <summary>A value on a day.</summary>
public sealed record ChartPoint(DateOnly On, decimal Value);

/// <summary>The straight line expected from <see cref="Baseline"/> on <see cref="StartsOn"/> to <see cref="Target"/> on <see cref="DueOn"/>.</summary>
public sealed record ChartTrajectory(DateOnly StartsOn, decimal Baseline, DateOnly DueOn, decimal Target);
