using MediatR;
using Roadmap.Application.Comments;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Moderation.ModerateAction;

/// <summary>A facilitator hides an action with a public reason, or restores it; its pending reports are closed.</summary>
[RequiresStaff]
public sealed record ModerateAction(Guid ActionId, ModerationDecision Decision, string? Reason = null) : IRequest<Unit>, IModerationRequest;

internal sealed class ModerateActionHandler(IRoadmapDbContext db, TimeProvider clock) : IRequestHandler<ModerateAction, Unit>
{
    public async Task<Unit> Handle(ModerateAction request, CancellationToken cancellationToken)
    {
        var (_, action) = await CommentTargets.LoadActionAsync(db, request.ActionId, cancellationToken);
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
