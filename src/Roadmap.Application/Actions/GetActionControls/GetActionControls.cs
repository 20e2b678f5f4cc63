using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.GetActionControls;

/// <summary>The controls an action page shows to the caller; anonymous visitors get none.</summary>
public sealed record GetActionControls(Guid ActionId) : IQuery<ActionControls>;

internal sealed class GetActionControlsHandler(IRoadmapDbContext db, ICurrentUser user, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetActionControls, ActionControls>
{
    public async Task<ActionControls> Handle(GetActionControls request, CancellationToken cancellationToken)
    {
        if (user.Id is not { } userId)
        {
            return ActionControls.None;
        }

        var action = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        var isProposer = action.ProposerId == userId;
        // The team's review controls from the scope's viewer (no statement); reviewing itself checks fresh rows.
        var targets = await viewer.AudienceOfRoadmapIdAsync(action.RoadmapId, cancellationToken) == Audience.Team ? action.ReviewTargets.ToList() : [];
        var mergeTargets = targets.Contains(ActionStatus.Merged)
            ? await db.Actions.AsNoTracking()
                .Where(a => a.RoadmapId == action.RoadmapId && a.Id != action.ActionId && a.HiddenAt == null
                    && a.Status != ActionStatus.Merged && a.Status != ActionStatus.NotRetained && a.Status != ActionStatus.Withdrawn)
                .OrderBy(a => a.Title)
                .Select(a => new MergeTarget(a.Id, a.Title))
                .ToListAsync(cancellationToken)
            : [];
        if (mergeTargets.Count == 0)
        {
            targets.Remove(ActionStatus.Merged);
        }

        return new ActionControls(
            isProposer && action.Status == ActionStatus.Proposed,
            isProposer && action.MayBeWithdrawn,
            targets,
            mergeTargets,
            action.ProgressPercent);
    }
}
