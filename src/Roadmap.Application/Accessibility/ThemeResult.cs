namespace Roadmap.Application.Accessibility;

/// <summary>What the audit found in one RGAA theme.</summary>
public sealed record ThemeResult(int Number, string Name, int Met, int NotMet, int NotApplicable)
{
    public int Applicable => Met + NotMet;

    /// <summary>The share of applicable criteria met, between 0 and 1; null when nothing in the theme applies.</summary>
    public decimal? Rate => Applicable == 0 ? null : (decimal)Met / Applicable;
}
