using Roadmap.Application.Actions;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Comments.ListComments;

/// <summary>
/// A page of a thread as <see cref="Audience"/> sees it (<see cref="Page"/> as asked: a comment a link names is
/// first turned into its page by <see cref="ListCommentsHandler"/>, so random ids cannot multiply entries), the same for every caller of that audience (decision 039):
/// the roadmap's team also reads the thread of a hidden action or point d'étape. What each comment lets the caller
/// do is added by <see cref="ListCommentsHandler"/> from <see cref="SharedComment.AuthorId"/> and one query for the
/// caller's upvotes.
/// </summary>
internal sealed record CommentPageForAudience(Guid ActionId, Guid? UpdateId, int Page, Audience Audience) : ISharedRead<SharedCommentPage>
{
    public async Task<SharedCommentPage> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var (roadmap, action) = await CommentTargets.LoadActionAsync(db, ActionId, cancellationToken);
        action.EnsureReadableBy(Audience);
        var update = UpdateId is { } updateId ? await CommentTargets.LoadUpdateAsync(db, action.Id, updateId, cancellationToken) : null;
        if (update is { HiddenAt: not null } && Audience != Audience.Team)
        {
            throw new HiddenByModerationException(update.HiddenReason);
        }

        var page = await CommentThread.LoadPageAsync(db, markdown, action.Id, update?.Id, Page, cancellationToken);
        return new SharedCommentPage(CommentTargets.ClosedReason(roadmap, action, update), page);
    }
}

/// <summary><see cref="ClosedReason"/> is null while the thread accepts comments.</summary>
internal sealed record SharedCommentPage(string? ClosedReason, CommentPage Page);
