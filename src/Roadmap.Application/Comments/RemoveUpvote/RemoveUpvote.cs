using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Comments.RemoveUpvote;

/// <summary>Takes back one's « utile » on a comment; nothing to take back changes nothing.</summary>
[RequiresRole]
public sealed record RemoveUpvote(Guid CommentId) : IRequest<Unit>;

internal sealed class RemoveUpvoteHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<RemoveUpvote, Unit>
{
    public async Task<Unit> Handle(RemoveUpvote request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var comment = await CommentTargets.LoadCommentAsync(db, request.CommentId, cancellationToken);
        await db.CommentUpvotes.Where(u => u.CommentId == comment.Id && u.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
