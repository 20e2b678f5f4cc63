using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;

namespace Roadmap.Application.Mail.PurgeSentMails;

/// <summary>
/// Deletes the mails that left more than <see cref="SentKept"/> ago (their links may still open an
/// account: a password reset, a confirmation) and those given up more than <see cref="FailedKept"/> ago.
/// A conditional delete: two nodes running it at once delete each mail once. Returns how many it deleted.
/// </summary>
public sealed record PurgeSentMails : IScheduledMailJob
{
    public static readonly TimeSpan SentKept = TimeSpan.FromDays(7);
    public static readonly TimeSpan FailedKept = TimeSpan.FromDays(30);
}

internal sealed class PurgeSentMailsHandler(IRoadmapDbContext db, TimeProvider clock) : IRequestHandler<PurgeSentMails, int>
{
    public async Task<int> Handle(PurgeSentMails request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sentBefore = now - PurgeSentMails.SentKept;
        var failedBefore = now - PurgeSentMails.FailedKept;
        return await db.OutboxMails
            .Where(m => (m.SentAt != null && m.SentAt < sentBefore) || (m.FailedAt != null && m.FailedAt < failedBefore))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
