using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.FollowUp.GetRoadmapDocument;

/// <summary>
/// The adopted roadmap as a document (print page and .docx): its axes in order and, under each, the
/// actions carried out (retained, in progress or done, not hidden). Markdown texts come as written;
/// the <c>…Html</c> twins are filled for the print page only (<see cref="GetRoadmapDocument"/>), empty for the .docx.
/// </summary>
public sealed record RoadmapDocument(
    string Slug,
    string Title,
    string Summary,
    string Description,
    string DescriptionHtml,
    string OwnerName,
    RoadmapPhase Phase,
    DateOnly? AdoptedOn,
    IReadOnlyList<DocumentAxis> Axes)
{
    /// <summary>« Feuille de route adoptée le 12 mai 2026 », or the current phase before adoption.</summary>
    public bool IsAdopted => Phase >= RoadmapPhase.Adoptee;

    public int ActionCount => Axes.Sum(a => a.Actions.Count);
}

/// <summary>An axis; <see cref="Number"/> is its rank in the document (1, 2, …), which numbers its actions too (« 2.3 »).</summary>
public sealed record DocumentAxis(int Number, string Title, string Description, IReadOnlyList<string> Objectives, IReadOnlyList<DocumentAction> Actions)
{
    public string Anchor => $"axe-{Number}";
}

public sealed record DocumentAction(
    Guid Id,
    string Number,
    string Title,
    string Summary,
    string Description,
    string DescriptionHtml,
    ActionStatus Status,
    int ProgressPercent,
    string? Organisation,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Territories,
    IReadOnlyList<string> Pilots,
    IReadOnlyList<DocumentIndicator> Indicators,
    decimal? EstimatedBudget,
    string Funding,
    IReadOnlyList<ActionBudgetYear> BudgetYears)
{
    public string Anchor => $"action-{Number.Replace('.', '-')}";

    public bool HasBudget => EstimatedBudget is not null || Funding.Length > 0 || BudgetYears.Count > 0;
}

public sealed record DocumentIndicator(
    string Name, string Unit, decimal? Baseline, DateOnly? BaselineOn, decimal Target, DateOnly? DueOn, decimal? LatestValue, DateOnly? LatestMeasuredOn);
