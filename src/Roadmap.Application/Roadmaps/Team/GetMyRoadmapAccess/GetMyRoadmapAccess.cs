using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

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

/// <summary>From the scope's <see cref="Viewer"/>; only a caller outside the roadmap's team pays a query, to tell an unknown roadmap.</summary>
internal sealed class GetMyRoadmapAccessHandler(IRoadmapDbContext db, Viewer viewer) : IRequestHandler<GetMyRoadmapAccess, RoadmapAccess>
{
    public async Task<RoadmapAccess> Handle(GetMyRoadmapAccess request, CancellationToken cancellationToken)
    {
        var administrator = viewer.IsInRole(RoleNames.Administrator);
        if ((await viewer.FactsAsync(cancellationToken)).TeamOf(request.RoadmapSlug) is { } team)
        {
            return new RoadmapAccess(administrator || team.Role == TeamRole.Manager, IsTeam: true);
        }

        if (!await db.Roadmaps.AnyAsync(r => r.Slug == request.RoadmapSlug, cancellationToken))
        {
            throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        }

        return viewer.Id is null ? RoadmapAccess.None : new RoadmapAccess(administrator, viewer.IsStaff);
    }
}
