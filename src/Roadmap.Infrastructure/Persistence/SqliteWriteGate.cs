using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// SQLite lets one writer at a time into a database file. When two collide, Microsoft.Data.Sqlite
/// retries the loser after sleeping 150 ms (blocking its thread), so a burst of concurrent writes
/// (a thousand ballots in ten seconds) turns into a queue of sleeps. Writers of this process wait
/// their turn here instead, asynchronously and in order; other processes on the same file still meet
/// the driver's retry. One gate per database file.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "Gates live as long as the process; a SemaphoreSlim whose wait handle is never read holds no unmanaged resource.")]
internal sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private static readonly AsyncLocal<bool> Holding = new();

    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>True while the current flow holds a gate (read by <see cref="SqliteWriteGuard"/>).</summary>
    public static bool HeldHere => Holding.Value;

    public static SqliteWriteGate For(string dataSource) =>
        Gates.GetOrAdd(dataSource.Length == 0 || dataSource.StartsWith(':') ? dataSource : Path.GetFullPath(dataSource), _ => new SqliteWriteGate());

    public async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        Holding.Value = true;
        try
        {
            return await write();
        }
        finally
        {
            Holding.Value = false;
            _turn.Release();
        }
    }

    public T Write<T>(Func<T> write)
    {
        _turn.Wait();
        Holding.Value = true;
        try
        {
            return write();
        }
        finally
        {
            Holding.Value = false;
            _turn.Release();
        }
    }
}
