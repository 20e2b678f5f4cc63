using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// Refuses, on SQLite, a write that does not hold the <see cref="SqliteWriteGate"/>: an
/// <c>ExecuteUpdate</c> or <c>ExecuteDelete</c> outside a use case's transaction would otherwise
/// meet the driver's 150 ms busy retries under load, and a test would not notice.
/// </summary>
internal sealed class SqliteWriteGuard : DbCommandInterceptor
{
    private static readonly string[] Writes = ["INSERT", "UPDATE", "DELETE", "REPLACE"];

    public static SqliteWriteGuard Instance { get; } = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command)
    {
        if (!SqliteWriteGate.HeldHere && IsWrite(command.CommandText))
        {
            throw new InvalidOperationException(
                "A write to SQLite outside the write gate: send it as a command (its handler runs in one gated transaction), " +
                "or wrap it in IRoadmapDbContext.InTransactionAsync. See docs/decisions/014-write-gate-and-transactions.md.");
        }
    }

    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        while (text.StartsWith("--", StringComparison.Ordinal))
        {
            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..].TrimStart();
        }

        foreach (var write in Writes)
        {
            if (text.StartsWith(write, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
