using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Following.GetFollowState;

/// <summary>
/// Whether the current user follows the thing; false for an anonymous visitor (no query then). Both are answered by
/// the scope's <see cref="Viewer"/>, which the page reads anyway: a roadmap from its facts, an action from what the
/// caller did on it.
/// </summary>
public sealed record GetFollowState(FollowedThing Thing) : IQuery<bool>;

internal sealed class GetFollowStateHandler(Viewer viewer) : IRequestHandler<GetFollowState, bool>
{
    public async Task<bool> Handle(GetFollowState request, CancellationToken cancellationToken)
    {
        if (viewer.Id is null)
        {
            return false;
        }

        var thing = request.Thing;
        return thing.Target == FollowTarget.Action
            ? (await viewer.OnActionAsync(thing.ActionId, cancellationToken)).Follows
            : (await viewer.FactsAsync(cancellationToken)).FollowedRoadmaps.Contains(thing.RoadmapSlug);
    }
}
