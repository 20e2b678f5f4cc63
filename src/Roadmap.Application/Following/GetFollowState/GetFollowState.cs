using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Following.GetFollowState;

/// <summary>
/// Whether the current user follows the thing; false for an anonymous visitor (no query then). A roadmap is answered
/// by the scope's <see cref="Viewer"/>, which its page reads anyway; an action asks.
/// </summary>
public sealed record GetFollowState(FollowedThing Thing) : IQuery<bool>;

internal sealed class GetFollowStateHandler(IRoadmapDbContext db, Viewer viewer) : IRequestHandler<GetFollowState, bool>
{
    public async Task<bool> Handle(GetFollowState request, CancellationToken cancellationToken)
    {
        if (viewer.Id is not { } userId)
        {
            return false;
        }

        var thing = request.Thing;
        return thing.Target == FollowTarget.Action
            ? await db.Follows.AnyAsync(f => f.UserId == userId && f.Target == FollowTarget.Action && f.TargetId == thing.ActionId, cancellationToken)
            : (await viewer.FactsAsync(cancellationToken)).FollowedRoadmaps.Contains(thing.RoadmapSlug);
    }
}
