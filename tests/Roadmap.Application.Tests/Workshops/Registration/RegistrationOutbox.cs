using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Workshops.Registration;

/// <summary>What the registration tests read back: the outbox mails of one kind, oldest first.</summary>
internal static class RegistrationOutbox
{
    public static Task<List<OutboxMail>> MailsAsync(this ApplicationHost host, MailKind kind) =>
        host.WithDbAsync(db => db.OutboxMails.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.CreatedAt).ThenBy(m => m.ToAddress).ToListAsync());

    public static Task<string> AddressOfAsync(this ApplicationHost host, Guid userId) =>
        host.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());

    /// <summary>The value of one iCalendar property of a mail's attachment (« SEQUENCE », « METHOD »).</summary>
    public static string Ics(this OutboxMail mail, string property) =>
        mail.Calendar().Split("\r\n").Single(line => line.StartsWith(property + ":", StringComparison.Ordinal))[(property.Length + 1)..];

    /// <summary>The event's SEQUENCE; RFC 5545 reads an absent one as 0.</summary>
    public static int Sequence(this OutboxMail mail) =>
        mail.Calendar().Split("\r\n").FirstOrDefault(line => line.StartsWith("SEQUENCE:", StringComparison.Ordinal)) is { } line
            ? int.Parse(line["SEQUENCE:".Length..], System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    /// <summary>The attachment with its long lines unfolded (RFC 5545 folds them at 75 octets).</summary>
    public static string Calendar(this OutboxMail mail) => (mail.AttachmentContent ?? "").Replace("\r\n ", "", StringComparison.Ordinal);
}
