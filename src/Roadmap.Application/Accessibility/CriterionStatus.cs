namespace Roadmap.Application.Accessibility;

/// <summary>The three verdicts of an RGAA audit on a criterion.</summary>
public enum CriterionStatus
{
    Met,
    NotMet,
    NotApplicable,
}
