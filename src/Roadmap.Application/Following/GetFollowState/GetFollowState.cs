using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Following.GetFollowState;

/// <summary>Whether the current user follows the thing; false for an anonymous visitor (no query then).</summary>
public sealed record GetFollowState(FollowedThing Thing) : IQuery<bool>;

internal sealed class GetFollowStateHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetFollowState, bool>
{
    public async Task<bool> Handle(GetFollowState request, CancellationToken cancellationToken)
    {
        if (user.Id is not { } userId)
        {
            return false;
        }

        var thing = request.Thing;
        var follows = db.Follows.AsNoTracking().Where(f => f.UserId == userId && f.Target == thing.Target);
        return thing.Target == FollowTarget.Action
            ? await follows.AnyAsync(f => f.TargetId == thing.ActionId, cancellationToken)
            : await follows.AnyAsync(f => db.Roadmaps.Any(r => r.Id == f.TargetId && r.Slug == thing.RoadmapSlug), cancellationToken);
    }
}
