using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.GetRoadmap;

public sealed record RoadmapOverview(
    Guid Id,
    string Slug,
    string Title,
    string OwnerName,
    string DescriptionHtml,
    RoadmapPhase CurrentPhase,
    IReadOnlyList<PhaseSchedule> Phases,
    VotingRules VotingRules,
    IReadOnlyList<AxisOverview> Axes,
    string? PhaseMessage,
    DateTimeOffset? PhaseChangedAt,
    DateTimeOffset? ArchivedAt);

/// <summary>
/// An axis with its <see cref="ActionCount"/> visible actions, of which <see cref="Actions"/> holds the most supported.
/// An <see cref="Archived"/> axis is shown read-only, after the others, with its actions.
/// </summary>
public sealed record AxisOverview(
    Guid Id, int Position, string Title, string Description, IReadOnlyList<string> Objectives, int ActionCount, IReadOnlyList<ActionCard> Actions, bool Archived = false);

public sealed record ActionCard(Guid Id, Guid AxisId, string Title, string Summary, string? OrganisationName, ActionStatus Status, int ProgressPercent, int SupportCount, int CommentCount);
