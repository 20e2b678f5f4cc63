namespace Roadmap.Application.Accessibility;

/// <summary>
/// An RGAA audit: the verdict on each criterion, and everything the statement prints computed from
/// them — the rate, the state of conformity, the table by theme, the list of what is not accessible.
/// </summary>
public sealed class AccessibilityAudit
{
    public AccessibilityAudit(DateOnly date, IEnumerable<RgaaCriterion> criteria)
    {
        Date = date;
        Criteria = [.. criteria];
        Met = Criteria.Count(c => c.Status == CriterionStatus.Met);
        Applicable = Criteria.Count(c => c.Status != CriterionStatus.NotApplicable);
        Themes = [.. RgaaThemes.Names.Select(t => Summarise(t.Key, t.Value))];
    }

    public DateOnly Date { get; }

    public IReadOnlyList<RgaaCriterion> Criteria { get; }

    public int Met { get; }

    public int Applicable { get; }

    /// <summary>The share of applicable criteria met (RGAA's global rate), between 0 and 1.</summary>
    public decimal Rate => Applicable == 0 ? 0 : (decimal)Met / Applicable;

    public ConformityState State => ConformityStates.From(Met, Applicable);

    public IReadOnlyList<ThemeResult> Themes { get; }

    /// <summary>The criteria not met, in order: the « contenus non accessibles » of the statement.</summary>
    public IEnumerable<RgaaCriterion> NotMet => Criteria.Where(c => c.Status == CriterionStatus.NotMet);

    private ThemeResult Summarise(int theme, string name)
    {
        var inTheme = Criteria.Where(c => c.Theme == theme).ToList();
        return new ThemeResult(
            theme,
            name,
            inTheme.Count(c => c.Status == CriterionStatus.Met),
            inTheme.Count(c => c.Status == CriterionStatus.NotMet),
            inTheme.Count(c => c.Status == CriterionStatus.NotApplicable));
    }
}
