using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.ListWorkshops;

/// <summary>
/// The workshops of a roadmap, by date, for its page (public): the same for every caller, so kept once for all (decision
/// 039); « à venir » may then lag the clock by the cache's minute at most.
/// </summary>
public sealed record ListWorkshops(string RoadmapSlug) : IQuery<IReadOnlyList<WorkshopSummary>>, ISharedRead<IReadOnlyList<WorkshopSummary>>;

internal sealed class ListWorkshopsHandler(IRoadmapDbContext db, TimeProvider clock) : IRequestHandler<ListWorkshops, IReadOnlyList<WorkshopSummary>>
{
    public async Task<IReadOnlyList<WorkshopSummary>> Handle(ListWorkshops request, CancellationToken cancellationToken)
    {
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == request.RoadmapSlug).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        // Only the columns a card shows: the entity would also bring each workshop's minutes.
        var rows = await db.Workshops.AsNoTracking().Where(w => w.RoadmapId == roadmapId).OrderBy(w => w.StartsAt)
            .Select(w => new { w.Id, w.Title, w.StartsAt, w.DurationMinutes, w.Mode, w.Address, w.Status, MinutesPublished = w.MinutesPublishedAt != null })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(w => new WorkshopSummary(
            w.Id, w.Title, w.StartsAt, w.DurationMinutes, w.Mode, w.Address, w.Status, w.MinutesPublished,
            Workshop.IsOpenIn(w.Status), Workshop.IsUpcoming(w.Status, w.StartsAt.AddMinutes(w.DurationMinutes), now)))];
    }
}
