using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.FollowUp.ListActionUpdates;

/// <summary>
/// An action's points d'étape, the most recent first (<see cref="Latest"/> of them when given), public.
/// A hidden one is listed for the roadmap's team only, with its reason. <see cref="ActionUpdatesView.CanPost"/>
/// says whether the caller may post one (a pilot or a manager, on a followed-up action);
/// <see cref="ActionUpdatesView.ProgressFromIndicators"/> that a point d'étape cannot set the progress.
/// </summary>
public sealed record ListActionUpdates(Guid ActionId, int? Latest = null) : IQuery<ActionUpdatesView>;

public sealed record ActionUpdatesView(Guid ActionId, bool CanPost, bool ProgressFromIndicators, int Total, IReadOnlyList<ActionUpdateSummary> Updates);

/// <summary>One point d'étape in a list; <see cref="HiddenReason"/> is set for the team only, when it is hidden.</summary>
public sealed record ActionUpdateSummary(
    Guid Id, string Title, DateOnly OccurredOn, DateTimeOffset PostedAt, string AuthorName, string Excerpt,
    ActionStatus? StatusAfter, int? ProgressAfter, int CommentCount, string? HiddenReason);

/// <summary>The list is kept once per <see cref="Audience"/> (<see cref="ActionUpdatesForAudience"/>, decision 039); whether the caller may post is theirs.</summary>
internal sealed class ListActionUpdatesHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<ListActionUpdates, ActionUpdatesView>
{
    public async Task<ActionUpdatesView> Handle(ListActionUpdates request, CancellationToken cancellationToken)
    {
        var action = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        await viewer.EnsureReadableByAsync(action, cancellationToken);
        var canPost = action.IsFollowedUp && !action.RoadmapArchived
            && await db.CanReportOnAsync(user, action.ActionId, action.RoadmapId, cancellationToken);
        var read = new ActionUpdatesForAudience(action.ActionId, request.Latest, await viewer.AudienceOfRoadmapIdAsync(action.RoadmapId, cancellationToken));
        var (total, updates) = await cache.ReadAsync(read, () => read.LoadAsync(db, markdown, cancellationToken));
        return new ActionUpdatesView(action.ActionId, canPost, action.ProgressRule == ProgressRule.FromIndicators, total, updates);
    }
}
