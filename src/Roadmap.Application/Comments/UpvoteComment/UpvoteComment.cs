using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Comments.UpvoteComment;

/// <summary>« Utile »: one per person and comment, not on one's own. Upvoting twice changes nothing.</summary>
[RequiresRole]
public sealed record UpvoteComment(Guid CommentId) : IRequest<Unit>;

internal sealed class UpvoteCommentHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UpvoteComment, Unit>
{
    public async Task<Unit> Handle(UpvoteComment request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var comment = await CommentTargets.LoadCommentAsync(db, request.CommentId, cancellationToken);
        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, comment.ActionId, cancellationToken);
        CommentTargets.EnsureOpen(roadmap, action);
        var upvote = CommentUpvote.Give(comment, userId, clock.GetUtcNow());
        if (await AlreadyUpvotedAsync(comment.Id, userId, cancellationToken))
        {
            return Unit.Value;
        }

        db.CommentUpvotes.Add(upvote);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second click may have won the race to the unique index (comment, user): the vote is there either way.
            if (!await AlreadyUpvotedAsync(comment.Id, userId, cancellationToken))
            {
                throw;
            }
        }

        return Unit.Value;
    }

    private Task<bool> AlreadyUpvotedAsync(Guid commentId, Guid userId, CancellationToken cancellationToken) =>
        db.CommentUpvotes.AsNoTracking().AnyAsync(u => u.CommentId == commentId && u.UserId == userId, cancellationToken);
}
