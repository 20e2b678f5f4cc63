using Roadmap.Application.Account.Mails;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account;

/// <summary>
/// The account commands that make or check an Identity token run in their own transaction
/// (<see cref="Common.Transactions.OwnTransactionAttribute"/>): the token is made first, outside it,
/// because making one may write a new data-protection key to the database, which on SQLite waits
/// for the write gate that the transaction would hold (a deadlock). The key ring is kept ready ahead
/// of time (Infrastructure's KeyRingAhead), which makes that write exceptional; registration, whose
/// mail must commit with the account it creates, relies on it and makes its token inside its transaction.
/// </summary>
internal static class AccountTransactions
{
    public const string Reason = "Its Identity token is made before the transaction: a new data-protection key would wait for the SQLite write gate it holds.";

    /// <summary>
    /// Runs <paramref name="work"/> (which adds outbox mails) in one transaction and saves; what it sends out (the
    /// outbox worker's wake-up, the page cache's eviction) waits for the commit and is dropped on a rollback.
    /// </summary>
    public static Task WriteAsync(IRoadmapDbContext db, AfterCommit afterCommit, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        afterCommit.InTransactionAsync(db, async token =>
        {
            await work(token);
            return await db.SaveChangesAsync(token);
        }, cancellationToken);

    /// <summary>Writes one account mail to <paramref name="to"/>, unless they got one of that kind within <see cref="MailRate.Interval"/>.</summary>
    public static Task WriteRateLimitedAsync(
        IRoadmapDbContext db, AfterCommit afterCommit, Outbox outbox, TimeProvider clock, ApplicationUser to, MailKind kind, MailContent content, CancellationToken cancellationToken) =>
        WriteAsync(db, afterCommit, async token =>
        {
            if (await MailRate.AllowsAsync(db, to.Id, kind, clock.GetUtcNow(), token))
            {
                outbox.Add(AccountMails.To(to), kind, content);
            }
        }, cancellationToken);
}
