using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Mail.RetryFailedMails;

/// <summary>
/// An Administrator sends every given-up mail again (after fixing the mail server's settings, say).
/// Returns how many mails start a fresh round of attempts; none is not an error.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record RetryFailedMails : IRequest<int>;

internal sealed class RetryFailedMailsHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock, AfterCommit afterCommit, IOutboxSignal signal)
    : IRequestHandler<RetryFailedMails, int>
{
    public async Task<int> Handle(RetryFailedMails request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // OutboxMail.Retry in one statement: a bad day can leave thousands of mails given up.
        var retried = await db.OutboxMails
            .Where(m => m.FailedAt != null && m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (retried == 0)
        {
            return 0;
        }

        await db.RecordAsync(user, now, null, "mail.retried-all", "Courriels abandonnés", null, new { Retried = retried }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Run(signal.MailWritten);
        return retried;
    }
}
