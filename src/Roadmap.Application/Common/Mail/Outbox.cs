using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Common.Mail;

/// <summary>
/// Where use cases put the mails their change causes: added to the context, so they commit or roll
/// back with the change; the worker is woken after the commit. The caller saves.
/// </summary>
public sealed class Outbox(IRoadmapDbContext db, TimeProvider clock, AfterCommit afterCommit, IOutboxSignal signal)
{
    public OutboxMail Add(MailRecipient to, MailKind kind, MailContent content, MailExtras? extras = null)
    {
        var mail = OutboxMail.Write(to, kind, content, clock.GetUtcNow(), extras);
        db.OutboxMails.Add(mail);
        afterCommit.Run(signal.MailWritten);
        return mail;
    }
}
