using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.GetRoadmap;

/// <summary>
/// A roadmap as its page shows it. <see cref="SupportCountsHidden"/>: the roadmap hides its support counts
/// from the caller until the end of the phase, so the cards carry none and come newest first. <see cref="Audience"/>: whom
/// this answer is for; its team also sees the roadmap's staff controls (they are checked again by each use case).
/// </summary>
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
    DateTimeOffset? ArchivedAt,
    bool SupportCountsHidden,
    Audience Audience);

/// <summary>
/// An axis with its <see cref="ActionCount"/> visible actions, of which <see cref="Actions"/> holds the most supported
/// (the newest while the counts are hidden).
/// An <see cref="Archived"/> axis is shown read-only, after the others, with its actions.
/// </summary>
public sealed record AxisOverview(
    Guid Id, int Position, string Title, string Description, IReadOnlyList<string> Objectives, int ActionCount, IReadOnlyList<ActionCard> Actions, bool Archived = false);

/// <summary>
/// An action under its axis; <see cref="SupportCount"/> is null while the roadmap hides its counts from the caller, and so is
/// <see cref="MediatedSupportCount"/>, the supports mediators recorded for residents, counted apart and never added to it;
/// <see cref="EasyRead"/> is its « En bref », empty when none.
/// </summary>
public sealed record ActionCard(Guid Id, Guid AxisId, string Title, string Summary, string? OrganisationName, ActionStatus Status, int ProgressPercent, int? SupportCount, int CommentCount,
    string EasyRead, int? MediatedSupportCount);
