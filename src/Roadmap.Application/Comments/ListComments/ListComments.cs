using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

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

internal sealed class ListCommentsHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListComments, CommentThreadView>
{
    public async Task<CommentThreadView> Handle(ListComments request, CancellationToken cancellationToken)
    {
        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, request.ActionId, cancellationToken);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        var update = request.UpdateId is { } updateId ? await CommentTargets.LoadUpdateAsync(db, action.Id, updateId, cancellationToken) : null;
        if (update is { HiddenAt: not null } && !await db.IsTeamAsync(user, action.RoadmapId, cancellationToken))
        {
            throw new HiddenByModerationException(update.HiddenReason);
        }

        var closedReason = CommentTargets.ClosedReason(roadmap, action, update);
        var viewer = user.Id is { } id ? new CommentThread.Viewer(id, clock.GetUtcNow(), closedReason is null) : null;
        var page = await CommentThread.LoadPageAsync(db, markdown, action.Id, update?.Id, viewer, request.Page, request.Around, cancellationToken);
        return new CommentThreadView(action.Id, closedReason, closedReason is null && viewer is not null, page.Comments,
            page.Page, page.PageCount, page.ThreadCount, page.Counts);
    }
}
