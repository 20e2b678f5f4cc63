using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// One page of a search. <see cref="PageCount"/> is 0 when nothing matches; <see cref="Seed"/> is the
/// seed the random order used (send it back to get the next page of the same order), null for other sorts.
/// </summary>
public sealed record ActionSearchResults(
    int Total,
    int Page,
    int PageSize,
    int PageCount,
    string Sort,
    int? Seed,
    IReadOnlyList<ActionSearchItem> Items);

/// <summary>
/// An action in a list; <see cref="SupportCount"/> is null while the roadmap hides its support counts from the caller, and so is
/// <see cref="MediatedSupportCount"/>, the supports mediators recorded for residents, counted apart and never added to it.
/// <see cref="FirstIndicator"/> is set for an action whose first indicator has measured values.
/// </summary>
public sealed record ActionSearchItem(
    Guid Id,
    string Title,
    string Summary,
    Guid AxisId,
    string AxisTitle,
    string? OrganisationName,
    ActionStatus Status,
    int ProgressPercent,
    int? SupportCount,
    int CommentCount,
    DateTimeOffset CreatedAt,
    string EasyRead = "",
    int? MediatedSupportCount = null)
{
    public IndicatorGlance? FirstIndicator { get; init; }
}
