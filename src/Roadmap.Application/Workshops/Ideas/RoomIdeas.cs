using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Ideas;

internal static class RoomIdeas
{
    public static async Task<Idea> LoadAsync(IRoadmapDbContext db, Guid workshopId, Guid ideaId, CancellationToken cancellationToken) =>
        await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && i.WorkshopId == workshopId, cancellationToken)
        ?? throw new NotFoundException("L'idée", ideaId);

    public static async Task<HashSet<Guid>> AxisIdsAsync(IRoadmapDbContext db, Workshop workshop, CancellationToken cancellationToken) =>
        [.. await db.Axes.Where(a => a.RoadmapId == workshop.RoadmapId).Select(a => a.Id).ToListAsync(cancellationToken)];

    public static Task<string> RoadmapSlugAsync(IRoadmapDbContext db, Workshop workshop, CancellationToken cancellationToken) =>
        db.Roadmaps.Where(r => r.Id == workshop.RoadmapId).Select(r => r.Slug).FirstAsync(cancellationToken);
}
