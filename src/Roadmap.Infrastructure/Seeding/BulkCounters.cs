using Microsoft.EntityFrameworkCore;
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
    /// <summary>
    /// The tables the recount reads. On PostgreSQL, rows written in bulk are not in the planner's statistics until
    /// autovacuum analyses them: with « Comments » still unestimated, the recount ANDed the « UpdateId IS NULL » index
    /// (every comment of every action) into each action's count, and at 10,000 actions and 100,000 comments it ran past
    /// the 30 s command timeout. They are analysed first.
    /// </summary>
    private const string AnalyseCountedTables =
        "ANALYZE \"Actions\", \"Supports\", \"MediatedContributions\", \"Comments\", \"ActionUpdates\"";

    public static Task RefreshRoadmapAsync(RoadmapDbContext db, Guid roadmapId, CancellationToken cancellationToken) =>
        db.InTransactionAsync(
            async token =>
            {
                if (db.Database.IsNpgsql())
                {
                    await db.Database.ExecuteSqlRawAsync(AnalyseCountedTables, token);
                }

                await ActionCounters.RefreshRoadmapAsync(db, roadmapId, token);
                return 0;
            },
            cancellationToken);
}
