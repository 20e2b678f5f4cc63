using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>Loads an action's comments in thread order (each reply right after its parent).</summary>
internal static class CommentThread
{
    public static async Task<IReadOnlyList<CommentView>> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, Guid actionId, CancellationToken cancellationToken)
    {
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.ActionId == actionId)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new
            {
                Comment = c,
                AuthorName = db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                Upvotes = db.CommentUpvotes.Count(u => u.CommentId == c.Id),
            })
            .ToListAsync(cancellationToken);

        var views = rows.Select(r =>
        {
            var c = r.Comment;
            var hidden = c.HiddenAt is not null || c.HeldAt is not null;
            var deleted = c.DeletedAt is not null;
            return new CommentView(c.Id, c.ParentId, c.Depth, r.AuthorName ?? ParticipantNames.Deleted, c.AuthorRole,
                hidden || deleted ? "" : markdown.ToSafeHtml(c.Body), c.Alignment, c.CreatedAt, c.EditedAt is not null,
                hidden, hidden ? c.HiddenReason : "", deleted, r.Upvotes);
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
