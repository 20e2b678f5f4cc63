namespace Roadmap.Application.Domain.Following;

/// <summary>
/// Where a notification stands with mail. A new one is <see cref="Pending"/>: the notification mailer
/// sends it at once, keeps it for its recipient's digest, or drops it, as they chose.
/// </summary>
public enum NotificationMailState
{
    /// <summary>Never to be mailed (the notifications written before mail existed, or a recipient who said never).</summary>
    NotMailed = 0,
    Pending = 1,
    Mailed = 2,
}
