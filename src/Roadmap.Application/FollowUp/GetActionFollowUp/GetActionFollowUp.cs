using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.GetActionFollowUp;

/// <summary>An action's pilots, difficulty, progress rule and budget per year (public, like the action).</summary>
public sealed record GetActionFollowUp(Guid ActionId) : IQuery<ActionFollowUp>;

/// <summary>Built from the action's shared facts and its shared pilots (decision 039); only the hidden action's check reads the caller.</summary>
internal sealed class GetActionFollowUpHandler(IRoadmapDbContext db, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetActionFollowUp, ActionFollowUp>
{
    public async Task<ActionFollowUp> Handle(GetActionFollowUp request, CancellationToken cancellationToken)
    {
        var action = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        await viewer.EnsureReadableByAsync(action, cancellationToken);
        var pilots = new ActionPilotsOf(action.ActionId);
        return new ActionFollowUp(
            action.ActionId, action.Title, action.RoadmapSlug, action.RoadmapTitle, action.Status, action.IsFollowedUp,
            await cache.ReadAsync(pilots, () => pilots.LoadAsync(db, cancellationToken)),
            action.Difficulty, action.DifficultyExplanation, action.DifficultySince, action.ProgressRule, action.ProgressPercent,
            action.IndicatorCount, action.BudgetYears);
    }
}
