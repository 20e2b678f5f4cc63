using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.FollowUp.Communes;

/// <summary>A commune with what it belongs to: its intercommunalité (EPCI) and its département, when known.</summary>
public sealed record CommuneMatch(Guid Id, string Name, string? PostalCodes, Guid? EpciId, string? EpciName, Guid? DepartementId, string? DepartementName);

/// <summary>
/// The public actions of a roadmap that concern <see cref="Commune"/>: <see cref="Directly"/> (it carries the action,
/// is a partner, or is a territory it names), else <see cref="ThroughEpci"/> (the same for its EPCI), else
/// <see cref="ThroughDepartement"/>. Each action appears once, in the closest group.
/// </summary>
public sealed record CommuneActions(
    string RoadmapSlug,
    string RoadmapTitle,
    CommuneMatch Commune,
    IReadOnlyList<CommuneAction> Directly,
    IReadOnlyList<CommuneAction> ThroughEpci,
    IReadOnlyList<CommuneAction> ThroughDepartement)
{
    public int Count => Directly.Count + ThroughEpci.Count + ThroughDepartement.Count;
}

/// <summary>An action concerning the commune; <see cref="EasyRead"/> is its « En bref », empty when none.</summary>
public sealed record CommuneAction(Guid Id, string Title, string AxisTitle, ActionStatus Status, int ProgressPercent, ActionDifficulty Difficulty, string EasyRead);

/// <summary>
/// The communes whose name or postcode matches <see cref="Term"/> (at most <see cref="FindCommuneActions.FindCommuneActions.MaxMatches"/>;
/// <see cref="MoreMatches"/> when there are more). With exactly one, <see cref="Actions"/> holds its actions.
/// </summary>
public sealed record CommuneSearch(string RoadmapSlug, string RoadmapTitle, string Term, IReadOnlyList<CommuneMatch> Matches, bool MoreMatches, CommuneActions? Actions);
