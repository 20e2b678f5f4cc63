using Microsoft.EntityFrameworkCore;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>Brings the database schema up to date at start; turns WAL on for SQLite so readers never wait on a writer.</summary>
public sealed class DatabaseInitializer(RoadmapDbContext db, DatabaseOptions options)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (options.MigrateOnStartup)
        {
            await (db is SqliteRoadmapDbContext sqlite
                ? sqlite.UnderGateAsync(() => MigrateAsync(cancellationToken), cancellationToken)
                : MigrateAsync(cancellationToken));
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private async Task<bool> MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        return true;
    }
}
