using Microsoft.EntityFrameworkCore;
using Npgsql;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// How a ballot holds its poll on PostgreSQL (<c>FOR SHARE</c>): ballots of one poll do not wait for each other,
/// a close waits for the ballots in flight, and a ballot after the close finds the poll closed. A lock timeout
/// turns « would wait » into an error, so nothing here depends on timing.
/// </summary>
public sealed class PostgreSqlPollLockTests(PostgreSqlIntegrationTests.SeededDatabase database)
    : IClassFixture<PostgreSqlIntegrationTests.SeededDatabase>
{
    [SkippableFact]
    public async Task BallotsOfOnePollHoldItTogetherAndACloseWaitsForThem()
    {
        var now = DateTimeOffset.UtcNow;
        var (workshopId, pollId) = await OpenPollAsync(now);
        await using var first = database.OpenContext();
        await using var second = database.OpenContext();
        await using var closer = database.OpenContext();

        await using var firstBallot = await first.Database.BeginTransactionAsync();
        Assert.True((await first.EnterPollAsync(pollId, workshopId, CancellationToken.None))!.IsOpenAt(now));

        await using (var secondBallot = await second.Database.BeginTransactionAsync())
        {
            await second.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '2s'");
            Assert.True((await second.EnterPollAsync(pollId, workshopId, CancellationToken.None))!.IsOpenAt(now));
            await secondBallot.CommitAsync();
        }

        await using (await closer.Database.BeginTransactionAsync())
        {
            await closer.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '200ms'");
            var waited = await Assert.ThrowsAnyAsync<Exception>(() =>
                closer.Polls.Where(p => p.Id == pollId).Where(Poll.NotClosed).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, now)));
            Assert.Equal(PostgresErrorCodes.LockNotAvailable, Assert.IsType<PostgresException>(waited as PostgresException ?? waited.InnerException).SqlState);
        }

        await firstBallot.CommitAsync();
        Assert.Equal(1, await closer.Polls.Where(p => p.Id == pollId).Where(Poll.NotClosed).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, now)));

        await using var late = database.OpenContext();
        await using var lateBallot = await late.Database.BeginTransactionAsync();
        Assert.False((await late.EnterPollAsync(pollId, workshopId, CancellationToken.None))!.IsOpenAt(now.AddSeconds(1)));
    }

    private async Task<(Guid WorkshopId, Guid PollId)> OpenPollAsync(DateTimeOffset now)
    {
        await using var db = database.OpenContext();
        var roadmap = await db.Roadmaps.FirstAsync(r => r.Slug == "usages-services-numeriques-herault");
        var facilitator = await db.Users.Select(u => u.Id).FirstAsync();
        var workshop = Workshop.Schedule(roadmap, new WorkshopDraft("Verrou du sondage", now.AddMinutes(10), 90, WorkshopMode.Visio,
            "https://visio.example.fr/atelier", null, AllowGuests: true, [], []), new HashSet<Guid>(), facilitator, JoinCodes.New(), now);
        workshop.OpenRoom(now);
        var poll = Poll.Open(workshop, new PollDraft(PollKind.SingleChoice, "Quelle priorité ?", [new("Fibre", null), new("Tiers-lieux", null)], null, null, null),
            new Dictionary<Guid, string>(), facilitator, now);
        db.AddRange(workshop, poll);
        await db.SaveChangesAsync();
        return (workshop.Id, poll.Id);
    }

    [SkippableFact]
    public async Task ABallotReadsItsWholePollWhileHoldingItAndNoOtherWorkshopsPoll()
    {
        var now = DateTimeOffset.UtcNow;
        var (workshopId, pollId) = await OpenPollAsync(now);
        await using var ballot = database.OpenContext();
        await using var closer = database.OpenContext();
        await using var transaction = await ballot.Database.BeginTransactionAsync();

        var poll = await ballot.EnterPollAsync(pollId, workshopId, CancellationToken.None);

        // The options come back in no set order (owned rows joined without ORDER BY); the ballot checks choices by id.
        Assert.Equal(["Fibre", "Tiers-lieux"], poll!.Options.Select(o => o.Text).Order(StringComparer.Ordinal));
        Assert.Null(await ballot.EnterPollAsync(pollId, Guid.NewGuid(), CancellationToken.None));
        await using (await closer.Database.BeginTransactionAsync())
        {
            await closer.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '200ms'");
            var waited = await Assert.ThrowsAnyAsync<Exception>(() =>
                closer.Polls.Where(p => p.Id == pollId).Where(Poll.NotClosed).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, now)));
            Assert.Equal(PostgresErrorCodes.LockNotAvailable, Assert.IsType<PostgresException>(waited as PostgresException ?? waited.InnerException).SqlState);
        }
    }
}
