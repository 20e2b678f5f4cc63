using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Workshops.Hands;

internal static class HandsQuery
{
    public static async Task<HandsView> ComputeAsync(IRoadmapDbContext db, Guid workshopId, Guid? myHandId, CancellationToken cancellationToken)
    {
        var hands = db.RaisedHands.AsNoTracking().Where(h => h.WorkshopId == workshopId);
        var queue = await hands
            .Where(h => h.LoweredAt == null && h.CalledAt == null)
            .OrderBy(h => h.RaisedAt)
            .Select(h => new HandView(h.Id, h.DisplayName, h.RaisedAt, h.CalledAt))
            .ToListAsync(cancellationToken);
        var lastCalled = await hands
            .Where(h => h.CalledAt != null)
            .OrderByDescending(h => h.CalledAt)
            .Select(h => new HandView(h.Id, h.DisplayName, h.RaisedAt, h.CalledAt))
            .FirstOrDefaultAsync(cancellationToken);
        return new HandsView(workshopId, queue, lastCalled, myHandId);
    }
}
