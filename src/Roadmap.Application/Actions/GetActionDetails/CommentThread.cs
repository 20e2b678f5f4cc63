using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>
/// Loads one page of an action's comments in thread order (each reply right after its parent). A page
/// holds <see cref="ThreadsPerPage"/> top-level comments, oldest first, with all their replies, so an
/// action with thousands of comments costs one page of rows and Markdown, never the whole debate.
/// The action's own thread and each of its points d'étape's threads are separate (<c>updateId</c> null: the action's).
/// </summary>
internal static class CommentThread
{
    public const int ThreadsPerPage = 30;

    /// <summary>Who looks at the thread, to tell them which comments they may edit or have found useful.</summary>
    public sealed record Viewer(Guid UserId, DateTimeOffset Now, bool AcceptsComments);

    /// <summary>The page asked for, or the one holding <paramref name="around"/> when it is a comment of the action.</summary>
    public static async Task<CommentPage> LoadPageAsync(
        IRoadmapDbContext db, IMarkdownRenderer markdown, Guid actionId, Guid? updateId, Viewer? viewer, int page, Guid? around, CancellationToken cancellationToken)
    {
        var thread = db.Comments.Where(c => c.ActionId == actionId && c.UpdateId == updateId);
        var roots = thread.Where(c => c.ParentId == null);
        var threadCount = await roots.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (threadCount + ThreadsPerPage - 1) / ThreadsPerPage);
        if (around is { } commentId && await PageOfAsync(thread, commentId, cancellationToken) is { } aroundPage)
        {
            page = aroundPage;
        }

        page = Math.Clamp(page, 1, pageCount);
        var rootIds = await roots.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * ThreadsPerPage).Take(ThreadsPerPage)
            .Select(c => c.Id).ToListAsync(cancellationToken);

        var rows = await Rows(db, viewer?.UserId, c => rootIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var parentIds = rootIds;
        for (var depth = 2; depth <= Comment.MaxDepth && parentIds.Count > 0; depth++)
        {
            var ids = parentIds;
            var replies = await Rows(db, viewer?.UserId, c => c.ParentId != null && ids.Contains(c.ParentId.Value)).ToListAsync(cancellationToken);
            rows.AddRange(replies);
            parentIds = [.. replies.Select(r => r.Comment.Id)];
        }

        var counts = await thread
            .Where(c => c.DeletedAt == null && c.HiddenAt == null && c.HeldAt == null)
            .GroupBy(c => c.Alignment)
            .Select(g => new { Alignment = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Alignment, g => g.Count, cancellationToken);

        return new CommentPage(
            InThreadOrder(rows.Select(r => View(r, markdown, viewer)).ToList(), rootIds),
            page, pageCount, threadCount,
            new CommentCounts(counts.GetValueOrDefault(CommentAlignment.For), counts.GetValueOrDefault(CommentAlignment.Against), counts.GetValueOrDefault(CommentAlignment.Neutral)));
    }

    /// <summary>The page holding a comment's thread, or null when it is not a comment of this thread.</summary>
    private static async Task<int?> PageOfAsync(IQueryable<Comment> thread, Guid commentId, CancellationToken cancellationToken)
    {
        Guid? rootId = commentId;
        Guid? parentId = null;
        for (var step = 0; step < Comment.MaxDepth; step++)
        {
            var current = rootId;
            var found = await thread.Where(c => c.Id == current).Select(c => new { c.ParentId }).FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            parentId = found.ParentId;
            if (parentId is null)
            {
                break;
            }

            rootId = parentId;
        }

        var order = await thread.Where(c => c.ParentId == null)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var index = order.IndexOf(rootId!.Value);
        return index < 0 ? null : index / ThreadsPerPage + 1;
    }

    private sealed record Row(Comment Comment, string? AuthorName, int Upvotes, bool UpvotedByViewer);

    private static IQueryable<Row> Rows(IRoadmapDbContext db, Guid? viewerId, Expression<Func<Comment, bool>> which) =>
        db.Comments.AsNoTracking().Where(which).Select(c => new Row(
            c,
            db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
            db.CommentUpvotes.Count(u => u.CommentId == c.Id),
            viewerId != null && db.CommentUpvotes.Any(u => u.CommentId == c.Id && u.UserId == viewerId)));

    private static CommentView View(Row row, IMarkdownRenderer markdown, Viewer? viewer)
    {
        var c = row.Comment;
        var hidden = c.HiddenAt is not null || c.HeldAt is not null;
        var deleted = c.DeletedAt is not null;
        var mine = viewer is not null && c.AuthorId == viewer.UserId && !deleted;
        return new CommentView(c.Id, c.ParentId, c.Depth, row.AuthorName ?? ParticipantNames.Deleted, c.AuthorRole,
            hidden || deleted ? "" : markdown.ToSafeHtml(c.Body), c.Alignment, c.CreatedAt, c.EditedAt is not null,
            hidden, hidden ? c.HiddenReason : "", deleted, row.Upvotes,
            IsHeld: c.HeldAt is not null,
            IsMine: mine,
            CanEdit: mine && !hidden && viewer!.AcceptsComments && viewer.Now - c.CreatedAt <= Comment.EditWindow,
            UpvotedByMe: row.UpvotedByViewer,
            BodyMarkdown: mine && !hidden ? c.Body : null);
    }

    private static List<CommentView> InThreadOrder(List<CommentView> views, List<Guid> rootIds)
    {
        var byId = views.ToDictionary(v => v.Id);
        var children = views.Where(v => v.ParentId is not null).OrderBy(v => v.CreatedAt).ThenBy(v => v.Id).ToLookup(v => v.ParentId!.Value);
        var ordered = new List<CommentView>(views.Count);
        void Visit(CommentView view)
        {
            ordered.Add(view);
            foreach (var child in children[view.Id])
            {
                Visit(child);
            }
        }

        foreach (var rootId in rootIds)
        {
            Visit(byId[rootId]);
        }

        return ordered;
    }
}

/// <summary>One page of a thread: its comments in thread order, where it sits, and the positions over the whole action.</summary>
internal sealed record CommentPage(IReadOnlyList<CommentView> Comments, int Page, int PageCount, int ThreadCount, CommentCounts Counts);

/// <summary>Visible comments (not hidden, held or deleted) by alignment, over every page.</summary>
public sealed record CommentCounts(int For, int Against, int Neutral)
{
    public int Total => For + Against + Neutral;
}
