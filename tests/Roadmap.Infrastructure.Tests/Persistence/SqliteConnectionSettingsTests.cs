using Microsoft.EntityFrameworkCore;
using Roadmap.Infrastructure.Tests.Support;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>The SQLite file runs in WAL mode, and commits do not wait for the disk (docs/decisions/014).</summary>
public sealed class SqliteConnectionSettingsTests
{
    private const int SynchronousNormal = 1;

    [Fact]
    public async Task EveryConnectionCommitsWithoutWaitingForTheDisk()
    {
        await using var database = new SqliteTestDatabase();
        await database.PrepareAsync(seedDemo: false);

        var settings = await database.QueryAsync(async db =>
        {
            var first = await db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync();
            var again = await db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync();
            var journal = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
            return (first.Single(), again.Single(), journal.Single());
        });

        Assert.Equal((SynchronousNormal, SynchronousNormal, "wal"), settings);
    }
}
