using MediatR;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Comments.ListComments;

/// <summary>
/// A page of an action's comments in thread order, public. Hidden, held and deleted comments keep their
/// place without their text. Signed in, each comment also says what the caller may do with it.
/// <see cref="Around"/> (a comment of the action) wins over <see cref="Page"/>: the page holding that
/// comment's thread is returned, which is how links to a comment land on the right page.
/// A page past the last one is brought back to the last; outside 1..<see cref="Common.Paging.MaxPage"/> it is refused.
/// With <see cref="UpdateId"/>, the thread of that point d'étape of the action instead of the action's own
/// (a point d'étape hidden from the public is read by the roadmap's team only, like a hidden action).
/// </summary>
public sealed record ListComments(Guid ActionId, int Page = 1, Guid? Around = null, Guid? UpdateId = null) : IQuery<CommentThreadView>;

/// <summary>
/// <see cref="ClosedReason"/> is null while the action accepts comments; <see cref="CanComment"/> adds
/// that the caller is signed in. <see cref="ThreadCount"/> counts top-level comments (what pages are
/// made of); <see cref="Counts"/> the visible comments of every page by alignment.
/// </summary>
public sealed record CommentThreadView(
    Guid ActionId, string? ClosedReason, bool CanComment, IReadOnlyList<CommentView> Comments,
    int Page, int PageCount, int ThreadCount, CommentCounts Counts);

/// <summary>
/// The page itself is kept once per <see cref="Audience"/> (<see cref="CommentPageForAudience"/>, decision 039); the
/// caller adds only what is theirs: their own comments (from the kept author ids) and their upvotes, which the scope's
/// <see cref="Viewer"/> reads with the rest of what they did on the action (<see cref="Viewer.OnActionAsync"/>).
/// </summary>
internal sealed class ListCommentsHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, Viewer viewer, TimeProvider clock, SharedReadCache? cache = null)
    : IRequestHandler<ListComments, CommentThreadView>
{
    public async Task<CommentThreadView> Handle(ListComments request, CancellationToken cancellationToken)
    {
        // A comment outside this thread (or unknown) leaves the page asked for.
        var page = request.Around is { } around
            ? await CommentThread.PageOfAsync(db, request.ActionId, request.UpdateId, around, cancellationToken) ?? request.Page
            : request.Page;
        var read = new CommentPageForAudience(request.ActionId, request.UpdateId, page,
            await viewer.AudienceOfActionAsync(request.ActionId, cancellationToken));
        var shared = await cache.ReadAsync(read, () => read.LoadAsync(db, markdown, cancellationToken));
        var thread = shared.Page;
        var open = shared.ClosedReason is null;
        var comments = viewer.Id is { } userId
            ? ForReader(thread.Comments, userId, (await viewer.OnActionAsync(request.ActionId, cancellationToken)).UpvotedComments, open)
            : thread.Comments.Select(c => c.View).ToList();
        return new CommentThreadView(request.ActionId, shared.ClosedReason, open && viewer.Id is not null, comments,
            thread.Page, thread.PageCount, thread.ThreadCount, thread.Counts);
    }

    private List<CommentView> ForReader(IReadOnlyList<SharedComment> comments, Guid userId, IReadOnlyList<Guid> upvotedOnTheAction, bool open)
    {
        var upvoted = upvotedOnTheAction.ToHashSet();
        var now = clock.GetUtcNow();
        return comments.Select(c =>
        {
            var mine = c.AuthorId == userId;
            var visible = c.Body is not null;
            return c.View with
            {
                IsMine = mine,
                CanEdit = mine && visible && open && now - c.View.CreatedAt <= Comment.EditWindow,
                CanUpvote = !mine && visible && open,
                CanReply = open && c.View.Depth < Comment.MaxDepth,
                UpvotedByMe = upvoted.Contains(c.View.Id),
                BodyMarkdown = mine && visible ? c.Body : null,
            };
        }).ToList();
    }
}
