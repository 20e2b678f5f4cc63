using MediatR;
using Roadmap.Application.Comments;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Moderation.ModerateAction;

/// <summary>
/// A facilitator hides an action with a public reason, or restores it; its pending reports are closed.
/// Global staff moderate every roadmap; a roadmap's team moderates that roadmap only.
/// </summary>
[RequiresRole]
public sealed record ModerateAction(Guid ActionId, ModerationDecision Decision, string? Reason = null) : IRequest<Unit>, IModerationRequest;

internal sealed class ModerateActionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ModerateAction, Unit>
{
    public async Task<Unit> Handle(ModerateAction request, CancellationToken cancellationToken)
    {
        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, request.ActionId, cancellationToken);
        await db.EnsureTeamAsync(user, roadmap.Id, cancellationToken);
        var now = clock.GetUtcNow();
        if (request.Decision == ModerationDecision.Hide)
        {
            action.Hide(request.Reason ?? "", now);
        }
        else
        {
            action.Restore();
        }

        await ModerationRules.ResolveReportsAsync(db, ReportTarget.Action, action.Id, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
