using MediatR;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Comments.EditComment;

/// <summary>
/// The author corrects a comment within <see cref="Domain.Participation.Comment.EditWindow"/>; it is then
/// marked « (modifié) ». Not once moderation has hidden it, nor once the debate is closed.
/// </summary>
[RequiresRole]
public sealed record EditComment(Guid CommentId, string Body) : IRequest<Unit>;

internal sealed class EditCommentHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditComment, Unit>
{
    public async Task<Unit> Handle(EditComment request, CancellationToken cancellationToken)
    {
        var editorId = user.RequireId();
        var comment = await CommentTargets.LoadCommentAsync(db, request.CommentId, cancellationToken);
        if (comment.AuthorId != editorId)
        {
            throw new ForbiddenException("Seul·e l'auteur·rice d'un commentaire peut le modifier.");
        }

        if (comment.DeletedAt is not null)
        {
            throw new ConflictException(CommentTargets.DeletedComment);
        }

        if (comment.HiddenAt is not null || comment.HeldAt is not null)
        {
            throw new ConflictException("Ce commentaire est masqué par la modération : il ne peut plus être modifié.");
        }

        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, comment.ActionId, cancellationToken);
        CommentTargets.EnsureOpen(roadmap, action);
        comment.Edit(editorId, request.Body, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
