using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Following;

/// <summary>What someone follows, named as the routes name it: an action by its id, a roadmap by its slug.</summary>
public sealed record FollowedThing(FollowTarget Target, Guid ActionId, string RoadmapSlug)
{
    public static FollowedThing Action(Guid actionId) => new(FollowTarget.Action, actionId, "");

    public static FollowedThing Roadmap(string slug) => new(FollowTarget.Roadmap, Guid.Empty, slug);

    /// <summary>The id stored in <see cref="Follow.TargetId"/>; a target that does not exist is not found.</summary>
    internal async Task<Guid> ResolveIdAsync(IRoadmapDbContext db, CancellationToken cancellationToken)
    {
        var id = Target == FollowTarget.Action
            ? await db.Actions.Where(a => a.Id == ActionId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            : await db.Roadmaps.Where(r => r.Slug == RoadmapSlug).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return id ?? throw (Target == FollowTarget.Action
            ? new NotFoundException("L'action", ActionId)
            : new NotFoundException("La feuille de route", RoadmapSlug));
    }
}
