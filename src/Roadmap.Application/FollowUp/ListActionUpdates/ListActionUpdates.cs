using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Common;

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

internal sealed class ListActionUpdatesHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user)
    : IRequestHandler<ListActionUpdates, ActionUpdatesView>
{
    public async Task<ActionUpdatesView> Handle(ListActionUpdates request, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        var archived = await db.Roadmaps.Where(r => r.Id == action.RoadmapId).Select(r => r.ArchivedAt != null).FirstAsync(cancellationToken);
        var canPost = action.IsFollowedUp && !archived && await db.CanReportOnAsync(user, action, cancellationToken);

        var updates = await ActionUpdateReading.VisibleAsync(db, user, action, cancellationToken);
        var total = await updates.CountAsync(cancellationToken);
        var latest = updates.Latest();
        var rows = await (request.Latest is { } count ? latest.Take(count) : latest)
            .Select(u => new { Update = u, AuthorName = db.Users.Where(p => p.Id == u.AuthorId).Select(p => p.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        return new ActionUpdatesView(action.Id, canPost, action.ProgressRule == ProgressRule.FromIndicators, total, rows.Select(r => new ActionUpdateSummary(
            r.Update.Id, r.Update.Title, r.Update.OccurredOn, r.Update.PostedAt, r.AuthorName ?? ParticipantNames.Deleted,
            ActionUpdateReading.Excerpt(markdown, r.Update.Body), r.Update.StatusAfter, r.Update.ProgressAfter, r.Update.CommentCount,
            r.Update.HiddenAt is null ? null : r.Update.HiddenReason)).ToList());
    }
}
