using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence;

public sealed class PostgreSqlRoadmapDbContext(DbContextOptions<PostgreSqlRoadmapDbContext> options) : RoadmapDbContext(options)
{
    /// <summary>
    /// A shared lock on the poll's row (<c>FOR SHARE</c>): ballots of one poll hold it together, so 2,000 of them
    /// no longer queue behind each other's row update; a close's UPDATE waits for those in flight, and a ballot
    /// arriving during the close waits for it, then reads the poll closed (READ COMMITTED re-reads the locked row).
    /// </summary>
    public override Task<bool> EnterOpenPollAsync(Guid pollId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Polls.FromSql($"SELECT * FROM \"WorkshopPolls\" WHERE \"Id\" = {pollId} FOR SHARE")
            .Where(Poll.OpenAt(now))
            .AnyAsync(cancellationToken);
}
