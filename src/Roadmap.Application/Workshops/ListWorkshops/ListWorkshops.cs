using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.ListWorkshops;

/// <summary>The workshops of a roadmap, by date, for its page (public).</summary>
public sealed record ListWorkshops(string RoadmapSlug) : IQuery<IReadOnlyList<WorkshopSummary>>;

internal sealed class ListWorkshopsHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListWorkshops, IReadOnlyList<WorkshopSummary>>
{
    public async Task<IReadOnlyList<WorkshopSummary>> Handle(ListWorkshops request, CancellationToken cancellationToken)
    {
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == request.RoadmapSlug).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        var workshops = await db.Workshops.AsNoTracking().Where(w => w.RoadmapId == roadmapId).OrderBy(w => w.StartsAt).ToListAsync(cancellationToken);
        var teamRole = await db.TeamRoleAsync(user, roadmapId, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. workshops.Select(w => new WorkshopSummary(
            w.Id, w.Title, w.StartsAt, w.EndsAt, w.DurationMinutes, w.Mode, w.Address, w.Status, w.MinutesArePublished, WorkshopAccess.CanRun(w, user, teamRole),
            w.IsOpen, w.IsUpcomingAt(now)))];
    }
}
