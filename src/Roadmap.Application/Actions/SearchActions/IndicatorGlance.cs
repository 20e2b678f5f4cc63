using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>An indicator at a glance in a list: its state and its measured values, oldest first.</summary>
public sealed record IndicatorGlance(string Name, string Unit, IndicatorState State, IReadOnlyList<decimal> Values);
