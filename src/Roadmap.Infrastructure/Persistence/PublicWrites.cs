using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// Drops the cached public pages after a write that may change them is committed: every INSERT, UPDATE, DELETE
/// or MERGE the context sends (a read starting with SELECT is skipped at once) — <c>SaveChanges</c>, <c>ExecuteUpdate</c> and <c>ExecuteDelete</c> alike — names
/// its tables, and a write to any table but the few no public page shows (live ballots, hands, mails, audit…)
/// queues one eviction on the scope's <see cref="AfterCommit"/>: after the use case's commit, dropped on a
/// rollback, at once outside a transaction. A write whose table cannot be read evicts too.
/// </summary>
internal sealed partial class PublicWrites(AfterCommit afterCommit, IPublicPageCache cache) : DbCommandInterceptor
{
    /// <summary>Tables written often that no cached page shows: writing them keeps the cache.</summary>
    internal static readonly IReadOnlySet<string> Unseen = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "WorkshopBallots", "WorkshopPolls", "WorkshopRaisedHands", "WorkshopIdeaUpvotes", "WorkshopIdeas", "WorkshopAttendances",
        "WorkshopRegistrations", "Notifications", "OutboxMails", "AuditEntries", "DataProtectionKeys", "MailPreferences",
        "Follows", "Reports", "AspNetUserTokens", "AspNetUserLogins",
    };

    /// <summary>The scope's interceptor, or none when the host keeps no page cache (tests of the lower layers).</summary>
    public static IEnumerable<IInterceptor> For(IServiceProvider services) =>
        services.GetService<IPublicPageCache>() is { } cache && services.GetService<AfterCommit>() is { } afterCommit
            ? [new PublicWrites(afterCommit, cache)]
            : [];

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await QueueAsync(command, eventData, cancellationToken);
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await QueueAsync(command, eventData, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Queue(command, eventData);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Queue(command, eventData);
        return result;
    }

    /// <summary>True when <paramref name="sql"/> writes a table some public page may show.</summary>
    internal static bool ChangesPublicPages(string sql)
    {
        if (sql.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (Match write in WriteStatement().Matches(sql))
        {
            if (!write.Groups["table"].Success || !Unseen.Contains(write.Groups["table"].Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Migrations run before the node serves anything: nothing of theirs can be in a page yet.</summary>
    private static bool Evicts(DbCommand command, CommandEventData eventData) =>
        eventData.CommandSource != CommandSource.Migrations && ChangesPublicPages(command.CommandText);

    private Task QueueAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken) =>
        Evicts(command, eventData) ? afterCommit.RunOnceAsync(cache, cache.EvictAsync, cancellationToken) : Task.CompletedTask;

    private void Queue(DbCommand command, CommandEventData eventData)
    {
        if (Evicts(command, eventData))
        {
            afterCommit.Run(() => _ = cache.EvictAsync(CancellationToken.None));
        }
    }

    [GeneratedRegex("""\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE(?:\s+INTO)?)\s+(?:(?:["\[`]?\w+["\]`]?)\.)?["\[`]?(?<table>\w+)?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteStatement();
}
