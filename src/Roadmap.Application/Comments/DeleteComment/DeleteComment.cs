using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Comments.DeleteComment;

/// <summary>
/// The author deletes a comment. With replies below it, its text goes and its place stays
/// (« Commentaire supprimé »); otherwise the row goes, with its upvotes, and its pending reports are closed.
/// Deleting twice changes nothing.
/// </summary>
[RequiresRole]
public sealed record DeleteComment(Guid CommentId) : IRequest<Unit>;

internal sealed class DeleteCommentHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<DeleteComment, Unit>
{
    public async Task<Unit> Handle(DeleteComment request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var comment = await CommentTargets.LoadCommentAsync(db, request.CommentId, cancellationToken);
        if (comment.AuthorId != userId)
        {
            throw new ForbiddenException("Seul·e l'auteur·rice d'un commentaire peut le supprimer.");
        }

        if (comment.DeletedAt is not null)
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        if (await db.Comments.AnyAsync(c => c.ParentId == comment.Id, cancellationToken))
        {
            comment.DeleteKeepingPlace(userId, now);
        }
        else
        {
            db.Comments.Remove(comment);
        }

        var reports = await db.Reports.Where(r => r.Target == ReportTarget.Comment && r.TargetId == comment.Id && r.ResolvedAt == null).ToListAsync(cancellationToken);
        reports.ForEach(r => r.Resolve(now));
        await db.SaveChangesAsync(cancellationToken);
        await ActionCounters.RefreshAsync(db, comment.ActionId, cancellationToken);
        return Unit.Value;
    }
}
