using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Following.ListNotifications;

public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, int Page, int PageSize, int TotalCount, int UnreadCount)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page * PageSize < TotalCount;
}

/// <summary>One notification; <see cref="Link"/> is a site-relative path.</summary>
public sealed record NotificationItem(Guid Id, NotificationKind Kind, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);
