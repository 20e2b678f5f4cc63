using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.GetActionIndicators;

/// <summary>
/// The indicators of an action with their measured values and where each stands against its trajectory;
/// public like the action page (an action hidden by moderation gets the same refusal).
/// </summary>
public sealed record GetActionIndicators(Guid ActionId) : IQuery<ActionIndicatorsView>;

/// <summary>The caller counts only as an <see cref="Audience"/> (a hidden action's team): the view is kept once for each (decision 039).</summary>
internal sealed class GetActionIndicatorsHandler(IRoadmapDbContext db, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetActionIndicators, ActionIndicatorsView>
{
    public async Task<ActionIndicatorsView> Handle(GetActionIndicators request, CancellationToken cancellationToken)
    {
        var read = new ActionIndicatorsForAudience(request.ActionId, await viewer.AudienceOfActionAsync(request.ActionId, cancellationToken));
        return await cache.ReadAsync(read, () => read.LoadAsync(db, cancellationToken));
    }
}
