using MediatR;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Comments.ListComments;

/// <summary>
/// An action's comments in thread order, public. Hidden, held and deleted comments keep their place
/// without their text. Signed in, each comment also says what the caller may do with it.
/// </summary>
public sealed record ListComments(Guid ActionId) : IRequest<CommentThreadView>;

/// <summary>
/// <see cref="ClosedReason"/> is null while the action accepts comments; <see cref="CanComment"/> adds
/// that the caller is signed in.
/// </summary>
public sealed record CommentThreadView(Guid ActionId, string? ClosedReason, bool CanComment, IReadOnlyList<CommentView> Comments);

internal sealed class ListCommentsHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListComments, CommentThreadView>
{
    public async Task<CommentThreadView> Handle(ListComments request, CancellationToken cancellationToken)
    {
        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, request.ActionId, cancellationToken);
        var closedReason = CommentTargets.ClosedReason(roadmap, action);
        var viewer = user.Id is { } id ? new CommentThread.Viewer(id, clock.GetUtcNow(), closedReason is null) : null;
        var comments = await CommentThread.LoadAsync(db, markdown, action.Id, viewer, cancellationToken);
        return new CommentThreadView(action.Id, closedReason, closedReason is null && viewer is not null, comments);
    }
}
