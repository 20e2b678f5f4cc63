namespace Roadmap.Application.Accessibility;

/// <summary>
/// The audit of this application against the 106 criteria of RGAA 4.1, one file per group of themes
/// under Criteria/. Each verdict was checked on the running application and its Razor code; where an
/// automated test backs it, the justification names the test. Change a verdict here and the
/// statement's rate, state and tables follow: nothing on the page is typed by hand.
/// </summary>
public static partial class RgaaCriteria
{
    /// <summary>The day the audit was last run.</summary>
    public static DateOnly AuditDate { get; } = new(2026, 12, 3);

    // Properties, not fields: static fields of a partial class spread over files initialise in no promised order.
    public static IReadOnlyList<RgaaCriterion> All =>
        [.. Images, .. Frames, .. Colours, .. Multimedia, .. Tables, .. Links, .. Scripts, .. Mandatory,
         .. Structure, .. Presentation, .. Forms, .. Navigation, .. Consultation];

    private static readonly Lazy<AccessibilityAudit> Published = new(() => new(AuditDate, All));

    /// <summary>The audit the statement at /accessibilite and every page's footer publish.</summary>
    public static AccessibilityAudit Audit => Published.Value;

    private static RgaaCriterion Met(string number, string title, string why) => new(number, title, CriterionStatus.Met, why);

    private static RgaaCriterion NotMet(string number, string title, string why) => new(number, title, CriterionStatus.NotMet, why);

    private static RgaaCriterion NotApplicable(string number, string title, string why) => new(number, title, CriterionStatus.NotApplicable, why);
}
