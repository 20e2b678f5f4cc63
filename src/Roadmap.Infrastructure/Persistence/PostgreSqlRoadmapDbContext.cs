using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence;

public sealed class PostgreSqlRoadmapDbContext(DbContextOptions<PostgreSqlRoadmapDbContext> options) : RoadmapDbContext(options)
{
    /// <summary>
    /// The poll read with a shared lock on its row (<c>FOR SHARE</c>), in one statement: ballots of one poll hold it
    /// together, so 2,000 of them do not queue behind each other's row update; a close's UPDATE waits for those in
    /// flight, and a ballot arriving during the close waits for it, then reads the poll closed (READ COMMITTED
    /// re-reads the locked row).
    /// </summary>
    public override Task<Poll?> EnterPollAsync(Guid pollId, Guid workshopId, CancellationToken cancellationToken) =>
        Polls.FromSql($"SELECT * FROM \"WorkshopPolls\" WHERE \"Id\" = {pollId} FOR SHARE")
            .Where(p => p.WorkshopId == workshopId)
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
}
