using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.Team.GetMyRoadmapAccess;

/// <summary>
/// What the caller may do on one roadmap, for pages to show or hide its staff controls (the use cases
/// check again): <see cref="RoadmapAccess.CanManage"/> configures it and grants team roles,
/// <see cref="RoadmapAccess.IsTeam"/> moderates, reviews and schedules workshops. Nothing when signed out.
/// </summary>
public sealed record GetMyRoadmapAccess(string RoadmapSlug) : IQuery<RoadmapAccess>;

public sealed record RoadmapAccess(bool CanManage, bool IsTeam)
{
    public static RoadmapAccess None { get; } = new(false, false);
}

internal sealed class GetMyRoadmapAccessHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetMyRoadmapAccess, RoadmapAccess>
{
    public async Task<RoadmapAccess> Handle(GetMyRoadmapAccess request, CancellationToken cancellationToken)
    {
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == request.RoadmapSlug).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        return user.Id is null
            ? RoadmapAccess.None
            : new RoadmapAccess(await db.CanManageAsync(user, roadmapId, cancellationToken), await db.IsTeamAsync(user, roadmapId, cancellationToken));
    }
}
