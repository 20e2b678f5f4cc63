using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Following.ListNotifications;

/// <summary>The current user's notifications, newest first, <see cref="PageSize"/> per page.</summary>
[RequiresRole]
public sealed record ListNotifications(int Page = 1) : IQuery<NotificationPage>
{
    public const int PageSize = 20;
}

internal sealed class ListNotificationsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<ListNotifications, NotificationPage>
{
    public async Task<NotificationPage> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await mine
            .OrderByDescending(n => n.CreatedAt)
            .ThenBy(n => n.Id)
            .Skip((request.Page - 1) * ListNotifications.PageSize)
            .Take(ListNotifications.PageSize)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return new NotificationPage(items, request.Page, ListNotifications.PageSize, total, unread);
    }
}
