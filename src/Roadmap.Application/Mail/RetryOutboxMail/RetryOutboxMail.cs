using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Mail.RetryOutboxMail;

/// <summary>
/// An Administrator sends a given-up mail again: a fresh round of attempts starts at once (the worker
/// is woken after the commit). A mail that left, or that is still trying, is refused with a French sentence.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record RetryOutboxMail(Guid MailId) : IRequest<RetriedMail>;

public sealed record RetriedMail(Guid Id, string ToAddress, string Subject);

internal sealed class RetryOutboxMailHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock, AfterCommit afterCommit, IOutboxSignal signal)
    : IRequestHandler<RetryOutboxMail, RetriedMail>
{
    public async Task<RetriedMail> Handle(RetryOutboxMail request, CancellationToken cancellationToken)
    {
        var mail = await db.OutboxMails.SingleOrDefaultAsync(m => m.Id == request.MailId, cancellationToken)
            ?? throw new NotFoundException("Le courriel", request.MailId);
        if (mail.SentAt is not null)
        {
            throw new ConflictException("Ce courriel est déjà parti : il n'y a rien à renvoyer.");
        }

        if (mail.FailedAt is null)
        {
            throw new ConflictException("Ce courriel n'a pas été abandonné : il partira à son prochain essai, sans rien faire.");
        }

        var now = clock.GetUtcNow();
        var before = new { mail.Attempts, mail.LastError, mail.FailedAt };
        mail.Retry(now);
        await db.RecordAsync(
            user, now, null, "mail.retried", $"Courriel « {mail.Subject} » à {mail.ToAddress}", before, new { mail.Attempts, mail.NextAttemptAt }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Run(signal.MailWritten);
        return new RetriedMail(mail.Id, mail.ToAddress, mail.Subject);
    }
}
