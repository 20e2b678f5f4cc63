using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Registration;

namespace Roadmap.Application.Workshops.SendWorkshopReminders;

/// <summary>
/// The reminder the day before: each person registered for a scheduled workshop that starts within
/// <see cref="Window"/> gets one mail with the visio link or the address. Who registered inside that
/// window already has the invitation with the same facts, minutes ago: no reminder for them.
/// Once per person even with two nodes: the outbox's unique dedupe key refuses the second.
/// </summary>
public sealed record SendWorkshopReminders : IScheduledMailJob
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public static string DedupeKey(Guid workshopId, Guid userId) => $"workshop-reminder:{workshopId}:{userId}";
}

internal sealed class SendWorkshopRemindersHandler(IRoadmapDbContext db, Outbox outbox, WorkshopMailer mailer, IPublicUrls urls, TimeProvider clock)
    : IRequestHandler<SendWorkshopReminders, int>
{
    public async Task<int> Handle(SendWorkshopReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + SendWorkshopReminders.Window;
        var window = SendWorkshopReminders.Window;
        var pending = (await db.WorkshopRegistrations.AsNoTracking()
                .Join(db.Workshops.Where(w => w.Status == WorkshopStatus.Scheduled && w.StartsAt > now && w.StartsAt <= until),
                    r => r.WorkshopId, w => w.Id, (r, w) => new { r.UserId, r.RegisteredAt, w.Id, w.StartsAt })
                .ToListAsync(cancellationToken))
            .Where(d => d.RegisteredAt <= d.StartsAt - window)
            .Select(d => (WorkshopId: d.Id, d.UserId, Key: SendWorkshopReminders.DedupeKey(d.Id, d.UserId)))
            .ToList();
        var keys = pending.Select(p => p.Key).ToList();
        var sent = await db.OutboxMails.AsNoTracking().Where(m => m.DedupeKey != null && keys.Contains(m.DedupeKey)).Select(m => m.DedupeKey!).ToListAsync(cancellationToken);

        var written = 0;
        foreach (var group in pending.Where(p => !sent.Contains(p.Key)).GroupBy(p => p.WorkshopId))
        {
            var workshop = await db.Workshops.AsNoTracking().FirstAsync(w => w.Id == group.Key, cancellationToken);
            foreach (var to in await mailer.RecipientsAsync(group.Select(p => p.UserId).ToList(), cancellationToken))
            {
                written += await RemindAsync(workshop, to, cancellationToken) ? 1 : 0;
            }
        }

        return written;
    }

    /// <summary>One reminder, saved alone: a twin written by another node only costs this one.</summary>
    private async Task<bool> RemindAsync(Workshop workshop, MailRecipient to, CancellationToken cancellationToken)
    {
        var content = new MailBuilder($"Rappel : {workshop.Title}, {WorkshopMailTexts.When(workshop)}")
            .Greeting(to.Name)
            .Paragraph($"Petit rappel : l'atelier « {workshop.Title} » auquel vous êtes inscrit·e a lieu bientôt.")
            .Practical(workshop, urls)
            .Footer("Vous recevez ce rappel parce que vous vous êtes inscrit·e à cet atelier.")
            .Build();
        var mail = outbox.Add(to, MailKind.WorkshopReminder, content, new MailExtras(DedupeKey: SendWorkshopReminders.DedupeKey(workshop.Id, to.UserId!.Value)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.OutboxMails.Remove(mail);
            return false;
        }
    }
}
