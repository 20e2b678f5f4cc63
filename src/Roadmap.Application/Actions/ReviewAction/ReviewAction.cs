using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Following;

namespace Roadmap.Application.Actions.ReviewAction;

/// <summary>
/// A facilitator moves an action on: under review, retained, merged into another (its supports stay
/// where they are), not retained (with a reason), in progress or done. Every move lands in the public history.
/// Global staff review every roadmap's actions; a roadmap's team reviews that roadmap's only.
/// </summary>
[RequiresRole]
public sealed record ReviewAction(Guid ActionId, ActionStatus Status, string Reason = "", int? ProgressPercent = null, Guid? MergedIntoId = null)
    : IRequest<Unit>
{
    /// <summary>The statuses a review can set, in the order a form offers them.</summary>
    public static IReadOnlyList<ActionStatus> Targets { get; } =
        [ActionStatus.UnderReview, ActionStatus.Retained, ActionStatus.Merged, ActionStatus.NotRetained, ActionStatus.InProgress, ActionStatus.Done];
}

internal sealed class ReviewActionHandler(IRoadmapDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock) : IRequestHandler<ReviewAction, Unit>
{
    public async Task<Unit> Handle(ReviewAction request, CancellationToken cancellationToken)
    {
        var reviewerId = user.RequireId();
        var action = await db.Actions.FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureTeamAsync(user, action.RoadmapId, cancellationToken);
        var now = clock.GetUtcNow();
        var reason = request.Reason ?? "";

        switch (request.Status)
        {
            case ActionStatus.UnderReview:
                action.StartReview(reviewerId, reason, now);
                break;
            case ActionStatus.Retained:
                action.Retain(reviewerId, reason, now);
                break;
            case ActionStatus.NotRetained:
                action.Reject(reviewerId, reason, now);
                break;
            case ActionStatus.Merged:
                var target = await db.Actions.FirstOrDefaultAsync(a => a.Id == request.MergedIntoId, cancellationToken)
                    ?? throw ValidationFailedException.For(nameof(ReviewAction.MergedIntoId), "L'action cible de la fusion est introuvable.");
                action.MergeInto(target, reviewerId, reason, now);
                break;
            case ActionStatus.InProgress:
                action.ReportProgress(reviewerId, request.ProgressPercent ?? action.ProgressPercent, reason, now);
                break;
            default:
                action.ReportProgress(reviewerId, 100, reason, now);
                break;
        }

        var slug = await db.Roadmaps.Where(r => r.Id == action.RoadmapId).Select(r => r.Slug).FirstAsync(cancellationToken);
        await StatusChangeNotice.SendAsync(notifier, action, slug, reviewerId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
