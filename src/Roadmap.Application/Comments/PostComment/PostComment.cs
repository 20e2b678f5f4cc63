using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Following;

namespace Roadmap.Application.Comments.PostComment;

/// <summary>
/// Writes a comment on an action, or a reply to one (<see cref="ParentId"/>). The author starts following
/// the action. A double submit (same text, same author, same place, within
/// <see cref="PostCommentHandler.DuplicateWindow"/>) returns the comment already posted instead of a twin:
/// comments have no submission key column, and a repeated identical text seconds apart is never meant twice.
/// With <see cref="UpdateId"/>, the comment is on that point d'étape of the action (its own thread).
/// </summary>
[RequiresRole]
public sealed record PostComment(Guid ActionId, string Body, CommentAlignment Alignment, Guid? ParentId = null, Guid? UpdateId = null) : IRequest<PostedComment>;

/// <summary>The comment written (or found already written: <see cref="AlreadyPosted"/>) and its permalink.</summary>
public sealed record PostedComment(Guid CommentId, string Link, bool AlreadyPosted);

internal sealed class PostCommentHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier)
    : IRequestHandler<PostComment, PostedComment>
{
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromSeconds(10);

    public async Task<PostedComment> Handle(PostComment request, CancellationToken cancellationToken)
    {
        var authorId = user.RequireId();
        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, request.ActionId, cancellationToken);
        var update = request.UpdateId is { } updateId ? await CommentTargets.LoadUpdateAsync(db, action.Id, updateId, cancellationToken) : null;
        CommentTargets.EnsureOpen(roadmap, action, update);

        var now = clock.GetUtcNow();
        var body = request.Body.Trim();
        if (await FindTwinAsync(request, authorId, body, now - DuplicateWindow, cancellationToken) is { } twinId)
        {
            return new PostedComment(twinId, SiteLinks.Comment(roadmap.Slug, action.Id, request.UpdateId, twinId), AlreadyPosted: true);
        }

        var parent = request.ParentId is { } parentId ? await LoadParentAsync(parentId, cancellationToken) : null;
        var comment = Comment.Write(action, parent, authorId, user.HighestRole(), body, request.Alignment, now, update);
        db.Comments.Add(comment);
        await notifier.EnsureFollowingAsync(authorId, FollowTarget.Action, action.Id, cancellationToken);
        var link = SiteLinks.Comment(roadmap.Slug, action.Id, update?.Id, comment.Id);
        await new CommentNotifications(db, notifier, now).AnnounceAsync(roadmap, action, update, parent, authorId, link, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ActionCounters.RefreshAsync(db, action.Id, cancellationToken);
        return new PostedComment(comment.Id, link, AlreadyPosted: false);
    }

    private Task<Guid?> FindTwinAsync(PostComment request, Guid authorId, string body, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Comments.AsNoTracking()
            .Where(c => c.ActionId == request.ActionId && c.UpdateId == request.UpdateId && c.AuthorId == authorId && c.ParentId == request.ParentId
                && c.CreatedAt >= since && c.DeletedAt == null && c.Body == body)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<Comment> LoadParentAsync(Guid parentId, CancellationToken cancellationToken)
    {
        var parent = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, cancellationToken)
            ?? throw new NotFoundException("Le commentaire", parentId);
        return parent.IsVisible
            ? parent
            : throw new ConflictException("Ce commentaire n'est plus visible : vous ne pouvez pas y répondre.");
    }
}
