using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Comments;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Moderation.ModerateComment;

/// <summary>
/// A facilitator hides a comment with a public reason, or restores it (also: keeps a reported comment
/// visible). Either way its pending reports are closed and later reports no longer hold it automatically.
/// Global staff moderate every roadmap; a roadmap's team moderates that roadmap only. Each decision that changes
/// something is in the audit journal (<see cref="ModerationJournal"/>).
/// </summary>
[RequiresRole]
public sealed record ModerateComment(Guid CommentId, ModerationDecision Decision, string? Reason = null) : IRequest<Unit>, IModerationRequest;

internal sealed class ModerateCommentHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ModerateComment, Unit>
{
    public async Task<Unit> Handle(ModerateComment request, CancellationToken cancellationToken)
    {
        var comment = await CommentTargets.LoadCommentAsync(db, request.CommentId, cancellationToken);
        var action = await db.Actions.Where(a => a.Id == comment.ActionId).Select(a => new { a.RoadmapId, a.Title }).FirstAsync(cancellationToken);
        await db.EnsureTeamAsync(user, action.RoadmapId, cancellationToken);
        if (comment.DeletedAt is not null)
        {
            throw new ConflictException(CommentTargets.DeletedComment);
        }

        var shown = State(comment);
        var now = clock.GetUtcNow();
        if (request.Decision == ModerationDecision.Hide)
        {
            comment.Hide(request.Reason ?? "", now);
        }
        else
        {
            comment.Restore(now);
        }

        var pending = await ModerationRules.ResolveReportsAsync(db, ReportTarget.Comment, comment.Id, now, cancellationToken);
        await ModerationJournal.RecordAsync(db, user, now, action.RoadmapId, "comment", request.Decision,
            $"Commentaire sur l'action « {action.Title} » : « {ModerationJournal.Quote(comment.Body)} »", shown with { PendingReports = pending }, State(comment), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ActionCounters.RefreshAsync(db, comment.ActionId, cancellationToken);
        return Unit.Value;
    }

    private static ModerationJournal.State State(Comment comment) =>
        new(comment.HiddenAt is not null, comment.HeldAt is not null, comment.HiddenReason, PendingReports: 0);
}
