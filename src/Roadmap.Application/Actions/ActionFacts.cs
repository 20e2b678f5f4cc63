using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation;

namespace Roadmap.Application.Actions;

/// <summary>
/// What the action page's smaller reads (support tally, follow-up, points d'étape, mediated voices, lineage, controls)
/// take from an action and its roadmap, worked out once by the domain's own rules and kept for every caller
/// (decision 039): none of it depends on who asks. It holds what moderation hid (<see cref="IsHidden"/>,
/// <see cref="HiddenReason"/>): a reader checks <see cref="ActionFactsReading.EnsureReadableByAsync"/> first.
/// </summary>
internal sealed record ActionFacts(
    Guid ActionId,
    Guid RoadmapId,
    string RoadmapSlug,
    string RoadmapTitle,
    bool RoadmapArchived,
    string Title,
    Guid? ProposerId,
    ActionStatus Status,
    int ProgressPercent,
    ProgressRule ProgressRule,
    ActionDifficulty Difficulty,
    string DifficultyExplanation,
    DateTimeOffset? DifficultySince,
    Guid? MergedIntoId,
    int MediatedSupportCount,
    bool IsHidden,
    string HiddenReason,
    bool IsFollowedUp,
    int IndicatorCount,
    IReadOnlyList<ActionBudgetYear> BudgetYears,
    IReadOnlyList<StatusChange> History,
    IReadOnlyList<ActionStatus> ReviewTargets,
    bool MayBeWithdrawn,
    bool SupportsOpen,
    bool HidesSupportCounts,
    VotingRules VotingRules,
    IReadOnlyDictionary<ParticipantRole, string?> SupportRefusals)
{
    /// <summary>Why <paramref name="role"/> may not support this action now (phase, voting rules, status, moderation), or null.</summary>
    public string? SupportRefusalFor(ParticipantRole role) => SupportRefusals.GetValueOrDefault(role);
}

/// <summary>The value <see cref="ActionFacts"/> are kept under: the action alone, since no caller changes them.</summary>
internal sealed record ActionFactsOf(Guid ActionId) : ISharedRead<ActionFacts>
{
    public async Task<ActionFacts> LoadAsync(IRoadmapDbContext db, CancellationToken cancellationToken)
    {
        var (roadmap, action) = await ParticipationTargets.LoadAsync(db, ActionId, cancellationToken);
        return new ActionFacts(
            action.Id, roadmap.Id, roadmap.Slug, roadmap.Title, roadmap.IsArchived, action.Title, action.ProposerId, action.Status,
            action.ProgressPercent, action.ProgressRule, action.Difficulty, action.DifficultyExplanation, action.DifficultySince,
            action.MergedIntoId, action.MediatedSupportCount, action.IsHidden, action.HiddenReason, action.IsFollowedUp,
            action.Indicators.Count, [.. action.BudgetYears], [.. action.History],
            [.. ReviewAction.ReviewAction.Targets.Where(action.CanMoveTo)], action.CanMoveTo(ActionStatus.Withdrawn),
            roadmap.AcceptsSupports && action.IsOpenForSupport, roadmap.HidesSupportCounts, roadmap.VotingRules,
            Enum.GetValues<ParticipantRole>().ToDictionary(role => role, role => ParticipationTargets.SupportRefusal(roadmap, action, role, DateTimeOffset.UnixEpoch)).AsReadOnly());
    }
}

internal static class ActionFactsReading
{
    /// <summary>The facts of an action, from the node's shared reads when the host keeps them.</summary>
    public static Task<ActionFacts> ActionFactsAsync(this IRoadmapDbContext db, SharedReadCache? cache, Guid actionId, CancellationToken cancellationToken)
    {
        var read = new ActionFactsOf(actionId);
        return cache.ReadAsync(read, () => read.LoadAsync(db, cancellationToken));
    }

    /// <summary>An action hidden by moderation is read by its roadmap's team alone (as <see cref="ActionVisibility"/> says of the entity).</summary>
    public static async Task EnsureReadableByAsync(this Viewer viewer, ActionFacts facts, CancellationToken cancellationToken)
    {
        if (facts.IsHidden && await viewer.AudienceOfRoadmapIdAsync(facts.RoadmapId, cancellationToken) != Audience.Team)
        {
            throw new HiddenByModerationException(facts.HiddenReason);
        }
    }

    /// <summary>Whether the roadmap keeps its support counts from this caller now (as <see cref="SupportCountsVisibility"/> says).</summary>
    public static async Task<bool> HidesSupportCountsFromAsync(this Viewer viewer, ActionFacts facts, CancellationToken cancellationToken) =>
        facts.HidesSupportCounts && await viewer.AudienceOfRoadmapIdAsync(facts.RoadmapId, cancellationToken) != Audience.Team;
}
