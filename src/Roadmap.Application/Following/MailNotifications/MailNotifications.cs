using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailNotifications;

/// <summary>
/// Turns pending notifications into mails as each person chose: at once, in the daily digest (first
/// round after 07:00 Paris), in the weekly one (Monday), or never (docs/decisions/024-notification-mail.md).
/// Each person is one short transaction; a bounded number of people per round.
/// </summary>
[OwnTransaction("one transaction per person, so that a backlog never holds one long and a person another node mailed is skipped alone")]
public sealed record MailNotifications : IScheduledMailJob;

internal sealed class MailNotificationsHandler(
    IRoadmapDbContext db, Outbox outbox, AfterCommit afterCommit, TimeProvider clock, IPublicUrls urls, IUnsubscribeTokens tokens)
    : IRequestHandler<MailNotifications, int>
{
    internal const int PeoplePerRound = 100;
    internal const int NotificationsPerPerson = 500;

    public async Task<int> Handle(MailNotifications request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var daily = DigestPeriod.Daily(now);
        var weekly = DigestPeriod.Weekly(now);
        var written = 0;
        foreach (var userId in await PeopleToMail.FindAsync(db, daily, weekly, PeoplePerRound, cancellationToken))
        {
            written += await MailPersonAsync(userId, daily, weekly, new NotificationMails(urls, tokens, userId), cancellationToken);
        }

        return written;
    }

    private async Task<int> MailPersonAsync(Guid userId, DigestPeriod daily, DigestPeriod weekly, NotificationMails mails, CancellationToken cancellationToken)
    {
        var tracked = new List<Notification>();
        var written = new List<OutboxMail>();
        try
        {
            return await afterCommit.InTransactionAsync(
                db,
                async token =>
                {
                    Forget(tracked, written);
                    return await PlanAndWriteAsync(userId, daily, weekly, mails, tracked, written, token);
                },
                cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node wrote one of these mails (same DedupeKey) and owns this person's rows this round.
            Forget(tracked, written);
            return 0;
        }
    }

    private async Task<int> PlanAndWriteAsync(
        Guid userId, DigestPeriod daily, DigestPeriod weekly, NotificationMails mails, List<Notification> tracked, List<OutboxMail> written, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName, u.EmailConfirmed }).FirstOrDefaultAsync(cancellationToken);
        tracked.AddRange(await db.Notifications
            .Where(n => n.UserId == userId && n.MailState == NotificationMailState.Pending)
            .OrderBy(n => n.CreatedAt).Take(NotificationsPerPerson).ToListAsync(cancellationToken));
        var choices = await db.MailPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Topic, p => p.Frequency, cancellationToken);
        var canMail = person is { EmailConfirmed: true, Email.Length: > 0 };
        var plan = MailPlan.For(tracked, choices, canMail, daily, weekly);

        plan.Dropped.ForEach(n => n.MailHandled(mailed: false));
        if (person is not null && canMail)
        {
            var to = new MailRecipient(person.Email!, person.DisplayName, userId);
            foreach (var (notification, topic) in plan.Immediate)
            {
                var (content, extras) = mails.Immediate(person.DisplayName, notification, topic);
                written.Add(outbox.Add(to, MailKind.Notification, content, extras));
                notification.MailHandled(mailed: true);
            }

            await DigestAsync(to, daily, plan.Daily, mails, written, cancellationToken);
            await DigestAsync(to, weekly, plan.Weekly, mails, written, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return written.Count;
    }

    private async Task DigestAsync(MailRecipient to, DigestPeriod period, List<Notification> notifications, NotificationMails mails, List<OutboxMail> written, CancellationToken cancellationToken)
    {
        var userId = to.UserId!.Value;
        var key = period.DedupeKey(userId);

        // Already sent this period: what came in after it waits for the next one.
        if (notifications.Count == 0 || await db.OutboxMails.AnyAsync(m => m.DedupeKey == key, cancellationToken))
        {
            return;
        }

        var roadmapIds = notifications.Select(n => n.RoadmapId).OfType<Guid>().Distinct().ToList();
        var titles = await db.Roadmaps.AsNoTracking().Where(r => roadmapIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, cancellationToken);
        var (content, extras) = mails.Digest(to.Name, period, notifications, titles);
        written.Add(outbox.Add(to, MailKind.Digest, content, extras));
        notifications.ForEach(n => n.MailHandled(mailed: true));
    }

    /// <summary>After a rollback the context must not save these again with the next person.</summary>
    private void Forget(List<Notification> tracked, List<OutboxMail> written)
    {
        tracked.ForEach(n => db.Notifications.Entry(n).State = EntityState.Detached);
        written.ForEach(m => db.OutboxMails.Entry(m).State = EntityState.Detached);
        tracked.Clear();
        written.Clear();
    }
}
