namespace Roadmap.Application.Domain.Following;

/// <summary>An in-app notification; its text is written when it is created, in French.</summary>
public sealed class Notification
{
    public const int TextMaxLength = 400;
    public const int LinkMaxLength = 300;

    private Notification() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>A site-relative link to what the notification is about.</summary>
    public string Link { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The roadmap it is about, when there is one: digests group notifications by roadmap.</summary>
    public Guid? RoadmapId { get; private set; }
    public NotificationMailState MailState { get; private set; }

    public static Notification Create(Guid userId, NotificationKind kind, string text, string link, DateTimeOffset now, Guid? roadmapId = null) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        Kind = kind,
        Text = text.Length > TextMaxLength ? text[..(TextMaxLength - 1)] + "…" : text,
        Link = link.Length > LinkMaxLength ? "/" : link,
        CreatedAt = now,
        RoadmapId = roadmapId,
        MailState = NotificationMailState.Pending,
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void MailHandled(bool mailed) => MailState = mailed ? NotificationMailState.Mailed : NotificationMailState.NotMailed;
}
