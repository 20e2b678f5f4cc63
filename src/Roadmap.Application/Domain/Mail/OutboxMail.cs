namespace Roadmap.Application.Domain.Mail;

/// <summary>
/// A mail waiting to leave, written in the same transaction as the change that causes it and sent
/// by the outbox worker (docs/decisions/023-mail-outbox.md). A worker claims it for a while before
/// sending, so two nodes never send it both; a failure is retried later, then given up and shown
/// to administrators, who may retry it.
/// </summary>
public sealed class OutboxMail
{
    public const int AddressMaxLength = 256;
    public const int NameMaxLength = 100;
    public const int SubjectMaxLength = 200;
    public const int LinkMaxLength = 1000;
    public const int AttachmentNameMaxLength = 100;
    public const int ContentTypeMaxLength = 100;
    public const int DedupeKeyMaxLength = 200;
    public const int ErrorMaxLength = 1000;
    public const int WorkerMaxLength = 100;

    /// <summary>Attempts before a mail is given up (about 13 hours with <see cref="RetryDelay"/>).</summary>
    public const int MaxAttempts = 8;

    private OutboxMail() { }

    public Guid Id { get; private set; }
    public MailKind Kind { get; private set; }

    /// <summary>The account the mail is for, when it is one's (its pending mails go with it).</summary>
    public Guid? UserId { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string TextBody { get; private set; } = "";

    /// <summary>The one-click unsubscribe address (RFC 8058), for mails a person may stop.</summary>
    public string? UnsubscribeUrl { get; private set; }
    public string? AttachmentName { get; private set; }
    public string? AttachmentContentType { get; private set; }
    public string? AttachmentContent { get; private set; }

    /// <summary>Unique when set: a mail that must leave once per thing and period (a digest, a reminder) is written once even by two nodes.</summary>
    public string? DedupeKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Set when the retries ran out; cleared when an administrator retries it.</summary>
    public DateTimeOffset? FailedAt { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public bool IsPending => SentAt is null && FailedAt is null;

    public static OutboxMail Write(MailRecipient to, MailKind kind, MailContent content, DateTimeOffset now, MailExtras? extras = null) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        UserId = to.UserId,
        ToAddress = MailText.OneLine(to.Address, AddressMaxLength),
        ToName = MailText.OneLine(to.Name, NameMaxLength),
        Subject = MailText.OneLine(content.Subject, SubjectMaxLength),
        HtmlBody = content.Html,
        TextBody = content.Text,
        UnsubscribeUrl = extras?.UnsubscribeUrl,
        AttachmentName = extras?.Attachment?.FileName,
        AttachmentContentType = extras?.Attachment?.ContentType,
        AttachmentContent = extras?.Attachment?.Content,
        DedupeKey = extras?.DedupeKey,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>How long to wait after the <paramref name="attempts"/>-th failure: 1, 4, 16, 64 min, then 4 h.</summary>
    public static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(4, Math.Max(attempts - 1, 0)), 240));

    public void Sent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    public void AttemptFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        ClaimedBy = null;
        ClaimedUntil = null;
        if (Attempts >= MaxAttempts)
        {
            FailedAt = now;
        }
        else
        {
            NextAttemptAt = now + RetryDelay(Attempts);
        }
    }

    /// <summary>An administrator sends a given-up mail again: a fresh round of attempts from now.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (FailedAt is null)
        {
            return;
        }

        FailedAt = null;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
