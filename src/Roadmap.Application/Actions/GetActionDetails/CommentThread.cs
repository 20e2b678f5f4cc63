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
/// The page is the same for every reader (decision 039); what a reader may do with each comment is added by ListComments.
/// </summary>
internal static class CommentThread
{
    /// <summary>Ten: a light page on a slow connection, never a thread cut in two (decision 048).</summary>
    public const int ThreadsPerPage = 10;

    /// <summary>The page asked for, brought back within the thread's pages.</summary>
    public static async Task<CommentPage> LoadPageAsync(
        IRoadmapDbContext db, IMarkdownRenderer markdown, Guid actionId, Guid? updateId, int page, CancellationToken cancellationToken)
    {
        var thread = Thread(db, actionId, updateId);
        var roots = thread.Where(c => c.ParentId == null);
        var threadCount = await roots.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (threadCount + ThreadsPerPage - 1) / ThreadsPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var rootIds = await roots.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip((page - 1) * ThreadsPerPage).Take(ThreadsPerPage)
            .Select(c => c.Id).ToListAsync(cancellationToken);

        var rows = await Rows(db, c => rootIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var parentIds = rootIds;
        for (var depth = 2; depth <= Comment.MaxDepth && parentIds.Count > 0; depth++)
        {
            var ids = parentIds;
            var replies = await Rows(db, c => c.ParentId != null && ids.Contains(c.ParentId.Value)).ToListAsync(cancellationToken);
            rows.AddRange(replies);
            parentIds = [.. replies.Select(r => r.Comment.Id)];
        }

        var counts = await thread
            .Where(c => c.DeletedAt == null && c.HiddenAt == null && c.HeldAt == null)
            .GroupBy(c => c.Alignment)
            .Select(g => new { Alignment = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Alignment, g => g.Count, cancellationToken);

        return new CommentPage(
            InThreadOrder(rows.Select(r => Shared(r, markdown)).ToList(), rootIds),
            page, pageCount, threadCount,
            new CommentCounts(counts.GetValueOrDefault(CommentAlignment.For), counts.GetValueOrDefault(CommentAlignment.Against), counts.GetValueOrDefault(CommentAlignment.Neutral)));
    }

    /// <summary>
    /// The page holding a comment's thread, or null when it is not a comment of this thread. Read before a page is
    /// asked of the shared reads, so that a page is kept once whichever of its comments a link names.
    /// </summary>
    public static async Task<int?> PageOfAsync(IRoadmapDbContext db, Guid actionId, Guid? updateId, Guid commentId, CancellationToken cancellationToken)
    {
        var thread = Thread(db, actionId, updateId);
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

    private static IQueryable<Comment> Thread(IRoadmapDbContext db, Guid actionId, Guid? updateId) =>
        db.Comments.Where(c => c.ActionId == actionId && c.UpdateId == updateId);

    private sealed record Row(Comment Comment, string? AuthorName, int Upvotes);

    private static IQueryable<Row> Rows(IRoadmapDbContext db, Expression<Func<Comment, bool>> which) =>
        db.Comments.AsNoTracking().Where(which).Select(c => new Row(
            c,
            db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
            db.CommentUpvotes.Count(u => u.CommentId == c.Id)));

    private static SharedComment Shared(Row row, IMarkdownRenderer markdown)
    {
        var c = row.Comment;
        var hidden = c.HiddenAt is not null || c.HeldAt is not null;
        var deleted = c.DeletedAt is not null;
        var view = new CommentView(c.Id, c.ParentId, c.Depth, row.AuthorName ?? ParticipantNames.Deleted, c.AuthorRole,
            hidden || deleted ? "" : markdown.ToSafeHtml(c.Body), c.Alignment, c.CreatedAt, c.EditedAt is not null,
            hidden, hidden ? c.HiddenReason : "", deleted, row.Upvotes, IsHeld: c.HeldAt is not null);
        return new SharedComment(view, deleted ? null : c.AuthorId, hidden || deleted ? null : c.Body);
    }

    private static List<SharedComment> InThreadOrder(List<SharedComment> comments, List<Guid> rootIds)
    {
        var byId = comments.ToDictionary(c => c.View.Id);
        var children = comments.Where(c => c.View.ParentId is not null).OrderBy(c => c.View.CreatedAt).ThenBy(c => c.View.Id).ToLookup(c => c.View.ParentId!.Value);
        var ordered = new List<SharedComment>(comments.Count);
        void Visit(SharedComment comment)
        {
            ordered.Add(comment);
            foreach (var child in children[comment.View.Id])
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
internal sealed record CommentPage(IReadOnlyList<SharedComment> Comments, int Page, int PageCount, int ThreadCount, CommentCounts Counts);

/// <summary>
/// A comment as every reader sees it (<see cref="View"/>, its reader's fields false), with what tells its author what they
/// may do: <see cref="AuthorId"/> (null once deleted) and <see cref="Body"/> (the raw text, null when hidden or deleted).
/// </summary>
internal sealed record SharedComment(CommentView View, Guid? AuthorId, string? Body);

/// <summary>Visible comments (not hidden, held or deleted) by alignment, over every page.</summary>
public sealed record CommentCounts(int For, int Against, int Neutral)
{
    public int Total => For + Against + Neutral;
}
