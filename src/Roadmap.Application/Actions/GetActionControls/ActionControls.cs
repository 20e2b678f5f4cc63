using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.GetActionControls;

/// <summary>What the caller may do to an action from its page: edit or withdraw (the proposer), review (staff) and to what.</summary>
public sealed record ActionControls(
    bool MayEdit,
    bool MayWithdraw,
    IReadOnlyList<ActionStatus> ReviewTargets,
    IReadOnlyList<MergeTarget> MergeTargets,
    int ProgressPercent)
{
    public static ActionControls None { get; } = new(false, false, [], [], 0);

    public bool MayReview => ReviewTargets.Count > 0;
}

/// <summary>An action of the same roadmap that another one can be merged into.</summary>
public sealed record MergeTarget(Guid Id, string Title);
