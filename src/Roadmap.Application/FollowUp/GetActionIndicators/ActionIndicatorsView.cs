using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetActionIndicators;

/// <summary>An action's indicators in order; <see cref="IsFollowedUp"/> says whether values and states apply yet.</summary>
public sealed record ActionIndicatorsView(Guid ActionId, bool IsFollowedUp, IReadOnlyList<IndicatorFollowUpView> Indicators);

/// <summary>
/// One indicator: baseline → latest → target, its <see cref="Progress"/> (share of the way, state, trajectory)
/// and its measured <see cref="Values"/>, oldest first.
/// </summary>
public sealed record IndicatorFollowUpView(
    Guid Id,
    string Name,
    string Unit,
    decimal? Baseline,
    DateOnly? BaselineOn,
    decimal? Latest,
    DateOnly? LatestOn,
    decimal Target,
    DateOnly? DueOn,
    IndicatorProgress Progress,
    IReadOnlyList<MeasuredValue> Values);

/// <summary>A value measured on a day.</summary>
public sealed record MeasuredValue(DateOnly On, decimal Value);
