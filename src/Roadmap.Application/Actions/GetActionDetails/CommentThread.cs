using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>Loads an action's comments in thread order (each reply right after its parent).</summary>
internal static class CommentThread
{
    /// <summary>Who looks at the thread, to tell them which comments they may edit or have found useful.</summary>
    public sealed record Viewer(Guid UserId, DateTimeOffset Now, bool AcceptsComments);

    public static Task<IReadOnlyList<CommentView>> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, Guid actionId, CancellationToken cancellationToken) =>
        LoadAsync(db, markdown, actionId, viewer: null, cancellationToken);

    public static async Task<IReadOnlyList<CommentView>> LoadAsync(
        IRoadmapDbContext db, IMarkdownRenderer markdown, Guid actionId, Viewer? viewer, CancellationToken cancellationToken)
    {
        var viewerId = viewer?.UserId;
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.ActionId == actionId)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new
            {
                Comment = c,
                AuthorName = db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                Upvotes = db.CommentUpvotes.Count(u => u.CommentId == c.Id),
                UpvotedByViewer = viewerId != null && db.CommentUpvotes.Any(u => u.CommentId == c.Id && u.UserId == viewerId),
            })
            .ToListAsync(cancellationToken);

        var views = rows.Select(r =>
        {
            var c = r.Comment;
            var hidden = c.HiddenAt is not null || c.HeldAt is not null;
            var deleted = c.DeletedAt is not null;
            var mine = viewerId is not null && c.AuthorId == viewerId && !deleted;
            return new CommentView(c.Id, c.ParentId, c.Depth, r.AuthorName ?? ParticipantNames.Deleted, c.AuthorRole,
                hidden || deleted ? "" : markdown.ToSafeHtml(c.Body), c.Alignment, c.CreatedAt, c.EditedAt is not null,
                hidden, hidden ? c.HiddenReason : "", deleted, r.Upvotes,
                IsHeld: c.HeldAt is not null,
                IsMine: mine,
                CanEdit: mine && !hidden && viewer!.AcceptsComments && viewer.Now - c.CreatedAt <= Comment.EditWindow,
                UpvotedByMe: r.UpvotedByViewer,
                BodyMarkdown: mine && !hidden ? c.Body : null);
        }).ToList();

        var children = views.Where(v => v.ParentId is not null).ToLookup(v => v.ParentId!.Value);
        var ordered = new List<CommentView>(views.Count);
        void Visit(CommentView view)
        {
            ordered.Add(view);
            foreach (var child in children[view.Id])
            {
                Visit(child);
            }
        }

        foreach (var root in views.Where(v => v.ParentId is null))
        {
            Visit(root);
        }

        return ordered;
    }
}
