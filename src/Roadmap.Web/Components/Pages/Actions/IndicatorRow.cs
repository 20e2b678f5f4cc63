namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>One success indicator row of the action form, as typed.</summary>
public sealed class IndicatorRow
{
    public string Name { get; set => field = value ?? ""; } = "";

    public string Unit { get; set => field = value ?? ""; } = "";

    public string Baseline { get; set => field = value ?? ""; } = "";

    public string Target { get; set => field = value ?? ""; } = "";

    public string DueOn { get; set => field = value ?? ""; } = "";

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Baseline)
        && string.IsNullOrWhiteSpace(Target) && string.IsNullOrWhiteSpace(DueOn);
}
