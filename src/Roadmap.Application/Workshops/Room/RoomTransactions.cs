using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Workshops.Room;

/// <summary>
/// Runs work in one database transaction, through the provider's execution strategy (SQL Server
/// retries transient failures and refuses a bare user transaction). The context interface exposes
/// no Database facade, so this reaches it through the DbContext the interface is implemented by.
/// </summary>
internal static class RoomTransactions
{
    public static async Task<T> InTransactionAsync<T>(IRoadmapDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var database = ((DbContext)db).Database;
        return await database.CreateExecutionStrategy().ExecuteAsync(
            async token =>
            {
                await using var transaction = await database.BeginTransactionAsync(token);
                var result = await work(token);
                await transaction.CommitAsync(token);
                return result;
            },
            cancellationToken);
    }
}
