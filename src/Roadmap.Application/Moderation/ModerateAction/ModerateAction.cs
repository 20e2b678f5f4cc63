using MediatR;
using Roadmap.Application.Comments;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Moderation.ModerateAction;

/// <summary>
/// A facilitator hides an action with a public reason, or restores it; its pending reports are closed.
/// Global staff moderate every roadmap; a roadmap's team moderates that roadmap only. Each decision that changes
/// something is in the audit journal (<see cref="ModerationJournal"/>).
/// </summary>
[RequiresRole]
public sealed record ModerateAction(Guid ActionId, ModerationDecision Decision, string? Reason = null) : IRequest<Unit>, IModerationRequest;

internal sealed class ModerateActionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ModerateAction, Unit>
{
    public async Task<Unit> Handle(ModerateAction request, CancellationToken cancellationToken)
    {
        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, request.ActionId, cancellationToken);
        await db.EnsureTeamAsync(user, roadmap.Id, cancellationToken);
        var shown = State(action);
        var now = clock.GetUtcNow();
        if (request.Decision == ModerationDecision.Hide)
        {
            action.Hide(request.Reason ?? "", now);
        }
        else
        {
            action.Restore();
        }

        var pending = await ModerationRules.ResolveReportsAsync(db, ReportTarget.Action, action.Id, now, cancellationToken);
        await ModerationJournal.RecordAsync(db, user, now, roadmap.Id, "action", request.Decision,
            $"Action « {action.Title} »", shown with { PendingReports = pending }, State(action), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static ModerationJournal.State State(RoadmapAction action) => new(action.IsHidden, Held: false, action.HiddenReason, PendingReports: 0);
}
