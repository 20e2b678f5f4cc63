using Roadmap.Application.Actions;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Seeding;

/// <summary>
/// For actions, supports and comments written in bulk beside the use cases (the benchmark's seed, test
/// fixtures): brings every counter of a roadmap's actions back to the rows, in one gated transaction.
/// The use cases keep their own counters exact as they write.
/// </summary>
public static class BulkCounters
{
    public static Task RefreshRoadmapAsync(RoadmapDbContext db, Guid roadmapId, CancellationToken cancellationToken) =>
        db.InTransactionAsync(
            async token =>
            {
                await ActionCounters.RefreshRoadmapAsync(db, roadmapId, token);
                return 0;
            },
            cancellationToken);
}
