using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// <c>PRAGMA synchronous=NORMAL</c> on every SQLite connection (docs/decisions/014-write-gate-and-transactions.md):
/// in WAL mode a commit then appends to the WAL without waiting for the disk, which is synced at checkpoints. Each
/// commit held the write gate for an fsync (1.6 ms measured here), so joins and ballots queued behind the disk. The
/// setting belongs to the native connection, which the driver pools: it is sent once per native connection.
/// </summary>
internal sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<sqlite3, object> Set = [];

    public static SqliteSynchronousNormal Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Set.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
        Set.TryAdd(handle, Instance);
    }
}
