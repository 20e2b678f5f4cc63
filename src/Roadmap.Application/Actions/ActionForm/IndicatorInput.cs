namespace Roadmap.Application.Actions.ActionForm;

/// <summary>A success indicator as typed in; <see cref="Target"/> is nullable so a missing one gets a message, not a zero.</summary>
public sealed record IndicatorInput(string Name, string Unit, decimal? Baseline, decimal? Target, DateOnly? DueOn);
