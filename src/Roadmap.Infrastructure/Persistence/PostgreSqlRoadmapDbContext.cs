using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Persistence;

public sealed class PostgreSqlRoadmapDbContext(DbContextOptions<PostgreSqlRoadmapDbContext> options) : RoadmapDbContext(options)
{
    /// <summary>
    /// A shared lock on the poll's row (<c>FOR SHARE</c>), then the poll read: ballots of one poll hold it together, so
    /// 2,000 of them do not queue behind each other's row update; a close's UPDATE waits for those in flight, and a
    /// ballot arriving during the close waits for it, then reads the poll closed (the read is a statement after the
    /// lock, so READ COMMITTED shows it the close).
    /// <para>
    /// Two statements, not one <c>FromSql(… FOR SHARE)</c> composed with the read: EF Core cannot keep the SQL of a
    /// composed <c>FromSql</c> with an argument, so it generated it again at every ballot under a lock it holds per
    /// query; two nodes' 2,000 voters queued on that lock for seconds (issue 14). The raw lock is sent as written, and
    /// the read is an ordinary query whose SQL is kept.
    /// </para>
    /// </summary>
    public override async Task<Poll?> EnterPollAsync(Guid pollId, Guid workshopId, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlAsync($"SELECT 1 FROM \"WorkshopPolls\" WHERE \"Id\" = {pollId} AND \"WorkshopId\" = {workshopId} FOR SHARE", cancellationToken);
        return await Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId && p.WorkshopId == workshopId, cancellationToken);
    }
}
