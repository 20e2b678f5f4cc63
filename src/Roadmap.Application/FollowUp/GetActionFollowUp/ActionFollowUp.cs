using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.GetActionPilots;

namespace Roadmap.Application.FollowUp.GetActionFollowUp;

/// <summary>What the public is told of an action's follow-up, and what its pilots' forms start from.</summary>
public sealed record ActionFollowUp(
    Guid ActionId,
    string Title,
    string RoadmapSlug,
    string RoadmapTitle,
    ActionStatus Status,
    bool IsFollowedUp,
    IReadOnlyList<ActionPilotView> Pilots,
    ActionDifficulty Difficulty,
    string DifficultyExplanation,
    DateTimeOffset? DifficultySince,
    ProgressRule ProgressRule,
    int ProgressPercent,
    int IndicatorCount,
    IReadOnlyList<ActionBudgetYear> BudgetYears)
{
    public bool InDifficulty => Difficulty != ActionDifficulty.None;

    /// <summary>Whether « en difficulté » may be flagged now (retained or in progress).</summary>
    public bool MayFlagDifficulty => Status is ActionStatus.Retained or ActionStatus.InProgress;
}
