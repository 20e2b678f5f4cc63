using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Axes.GetRoadmapAxes;

/// <summary>A roadmap's axes for its managers: in use first, in order, then the archived ones.</summary>
[RequiresRole]
public sealed record GetRoadmapAxes(string RoadmapSlug) : IQuery<RoadmapAxes>;

public sealed record RoadmapAxes(string RoadmapSlug, string RoadmapTitle, IReadOnlyList<AxisView> Axes);

internal sealed class GetRoadmapAxesHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetRoadmapAxes, RoadmapAxes>
{
    public async Task<RoadmapAxes> Handle(GetRoadmapAxes request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        return new RoadmapAxes(roadmap.Slug, roadmap.Title, await ViewsAsync(db, roadmap, cancellationToken));
    }

    internal static async Task<IReadOnlyList<AxisView>> ViewsAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var counts = await db.Actions.Where(a => a.RoadmapId == roadmap.Id).GroupBy(a => a.AxisId)
            .Select(g => new { AxisId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.AxisId, c => c.Count, cancellationToken);
        return roadmap.Axes.OrderBy(a => a.IsArchived).ThenBy(a => a.Position).Select(a => AxisView.Of(a, counts.GetValueOrDefault(a.Id))).ToList();
    }
}
