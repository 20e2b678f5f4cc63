using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.PersonalData.ExportMyData;

/// <summary>
/// The mail side of an account: its choices, its workshop registrations and the mails written to it.
/// A mail's body is left out: it may hold a secret link (a reset, a confirmation) still valid.
/// </summary>
internal static class MailExport
{
    public static async Task<MailData> ReadAsync(IRoadmapDbContext db, Guid userId, CancellationToken cancellationToken) => new(
        await db.MailPreferences.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.Topic)
            .Select(p => new MailPreferenceData(p.Topic, p.Frequency, p.ChangedAt)).ToListAsync(cancellationToken),
        await db.WorkshopRegistrations.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.RegisteredAt)
            .Select(r => new WorkshopRegistrationData(r.WorkshopId, db.Workshops.Where(w => w.Id == r.WorkshopId).Select(w => w.Title).FirstOrDefault() ?? "", r.RegisteredAt))
            .ToListAsync(cancellationToken),
        await db.OutboxMails.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.CreatedAt)
            .Select(m => new SentMailData(m.Kind, m.ToAddress, m.Subject, m.CreatedAt, m.SentAt)).ToListAsync(cancellationToken));
}

public sealed record MailData(
    IReadOnlyList<MailPreferenceData> Preferences, IReadOnlyList<WorkshopRegistrationData> WorkshopRegistrations, IReadOnlyList<SentMailData> Mails);

public sealed record MailPreferenceData(MailTopic Topic, MailFrequency Frequency, DateTimeOffset ChangedAt);

public sealed record WorkshopRegistrationData(Guid WorkshopId, string WorkshopTitle, DateTimeOffset RegisteredAt);

public sealed record SentMailData(MailKind Kind, string To, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
