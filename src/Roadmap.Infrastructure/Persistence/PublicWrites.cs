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
/// and to the tables pages show only some columns of but a new row or columns no page shows (<see cref="PartlyShown"/>)
/// queues one eviction on the <see cref="AfterCommit"/> of the scope that leased the context: after the use case's
/// commit, dropped on a rollback, at once outside a transaction. A write whose table cannot be read evicts too.
/// One interceptor serves the whole pool of contexts (<see cref="RoadmapDbContext.LeaseTo"/>).
/// </summary>
internal sealed partial class PublicWrites(IPublicPageCache cache) : DbCommandInterceptor
{
    /// <summary>Tables written often that no cached page shows: writing them keeps the cache.</summary>
    /// <remarks>
    /// What a page shows its own reader counts as shown: the caller's follows and unread notifications are kept
    /// between requests under the same generation (docs/decisions/052-viewer-kept-between-requests.md).
    /// An owned table goes with its owner: a ballot is saved with its choices in one batch, so leaving
    /// <c>WorkshopBallotChoices</c> out made every ballot evict every public page (issue 14).
    /// </remarks>
    internal static readonly IReadOnlySet<string> Unseen = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "WorkshopBallots", "WorkshopBallotChoices", "WorkshopPolls", "WorkshopPollOptions", "WorkshopRaisedHands", "WorkshopIdeaUpvotes", "WorkshopAttendances",
        "WorkshopRegistrations", "OutboxMails", "AuditEntries", "DataProtectionKeys", "MailPreferences",
        "Reports", "AspNetUserTokens", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserClaims",
    };

    /// <summary>
    /// Tables written often of which pages show only some columns, with those columns: an UPDATE that sets none of
    /// them keeps the cache, and so does a new row where <see cref="ShownPart.NewRows"/> is false, which no page shows
    /// until a later write evicts. An account shows its name beside contributions and its organisation beside a pilot's
    /// (not its sign-in counters, stamps, password, address); a workshop idea shows in the timeline of the action it was
    /// promoted to, with its text unless hidden (not its upvotes nor its grouping under an axis, written all along a live
    /// workshop); a notification counts among its reader's unread ones from its first day until read (not whether and
    /// when it was mailed, written by the mail job).
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, ShownPart> PartlyShown = new Dictionary<string, ShownPart>(StringComparer.OrdinalIgnoreCase)
    {
        ["AspNetUsers"] = new(NewRows: false, "DisplayName", "OrganisationId"),
        ["WorkshopIdeas"] = new(NewRows: false, "HiddenAt", "PromotedActionId"),
        ["Notifications"] = new(NewRows: true, "ReadAt"),
    };

    /// <summary>The pool's interceptor, or none when the host keeps no page cache (tests of the lower layers).</summary>
    public static IEnumerable<IInterceptor> For(IServiceProvider services) =>
        services.GetService<IPublicPageCache>() is { } cache ? [new PublicWrites(cache)] : [];

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

        var writes = WriteStatement().Matches(sql);
        for (var i = 0; i < writes.Count; i++)
        {
            var end = i + 1 < writes.Count ? writes[i + 1].Index : sql.Length;
            if (Shows(writes[i], sql[writes[i].Index..end]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Shows(Match write, string statement)
    {
        var table = write.Groups["table"];
        if (!table.Success)
        {
            return true;
        }

        if (!PartlyShown.TryGetValue(table.Value, out var shown))
        {
            return !Unseen.Contains(table.Value);
        }

        // A new account is in no page until it writes something, and a new idea until it is promoted: that write
        // evicts. A deleted account leaves « Compte supprimé » where its name was.
        return write.Groups["verb"].Value.ToUpperInvariant() switch
        {
            var verb when verb.StartsWith("INSERT", StringComparison.Ordinal) => shown.NewRows,
            "UPDATE" => SetsAShownColumn(statement, shown.Columns),
            _ => true,
        };
    }

    /// <summary>A SET list that cannot be read (none, or a value read by a subquery, which may hide a column past it) counts as setting a shown column.</summary>
    private static bool SetsAShownColumn(string update, string[] shownColumns)
    {
        var set = SetList().Match(update);
        return !set.Success || set.Groups["list"].Value.Contains("SELECT", StringComparison.OrdinalIgnoreCase)
            || Assigned().Matches(set.Groups["list"].Value).Any(c => shownColumns.Contains(c.Groups["column"].Value, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Migrations run before the node serves anything: nothing of theirs can be in a page yet.</summary>
    private static bool Evicts(DbCommand command, CommandEventData eventData) =>
        eventData.CommandSource != CommandSource.Migrations && ChangesPublicPages(command.CommandText);

    /// <summary>A context no scope leased (none is, today) has no transaction to wait for: it evicts at once.</summary>
    private Task QueueAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken) =>
        !Evicts(command, eventData) ? Task.CompletedTask
        : AfterCommitOf(eventData) is { } afterCommit ? afterCommit.RunOnceAsync(cache, cache.EvictAsync, cancellationToken)
        : cache.EvictAsync(cancellationToken);

    private void Queue(DbCommand command, CommandEventData eventData)
    {
        if (!Evicts(command, eventData))
        {
            return;
        }

        if (AfterCommitOf(eventData) is { } afterCommit)
        {
            afterCommit.Run(() => _ = cache.EvictAsync(CancellationToken.None));
        }
        else
        {
            _ = cache.EvictAsync(CancellationToken.None);
        }
    }

    private static AfterCommit? AfterCommitOf(CommandEventData eventData) => (eventData.Context as RoadmapDbContext)?.ScopeAfterCommit;

    /// <summary>The part of a table pages show: whether its new rows are, and which columns.</summary>
    internal sealed record ShownPart(bool NewRows, params string[] Columns);

    [GeneratedRegex("""\b(?<verb>INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE(?:\s+INTO)?)\s+(?:(?:["\[`]?\w+["\]`]?)\.)?["\[`]?(?<table>\w+)?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteStatement();

    [GeneratedRegex("""\bSET\s+(?<list>.+?)(?:\bWHERE\b|\bOUTPUT\b|\bRETURNING\b|\bFROM\b|;|$)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SetList();

    [GeneratedRegex("""["\[`]?(?<column>\w+)["\]`]?\s*=""", RegexOptions.CultureInvariant)]
    private static partial Regex Assigned();
}
