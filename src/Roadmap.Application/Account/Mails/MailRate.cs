using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Account.Mails;

/// <summary>
/// At most one account mail of a kind per account every <see cref="Interval"/>, read from the outbox
/// itself: a form sent twice, or sent in a loop against someone's address, fills nobody's mailbox.
/// On SQLite the write gate runs the check and the write of two requests one after the other.
/// </summary>
internal static class MailRate
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(2);

    public static async Task<bool> AllowsAsync(IRoadmapDbContext db, Guid userId, MailKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - Interval;
        return !await db.OutboxMails.AnyAsync(m => m.UserId == userId && m.Kind == kind && m.CreatedAt > since, cancellationToken);
    }
}
