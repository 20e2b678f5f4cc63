using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Following.MarkNotificationsRead;

/// <summary>
/// Marks one of the current user's notifications as read, or all of them when
/// <see cref="NotificationId"/> is null. Returns how many were unread and now are read.
/// Someone else's notification is « not found », so ids cannot be probed.
/// </summary>
[RequiresRole]
public sealed record MarkNotificationsRead(Guid? NotificationId = null) : IRequest<int>;

internal sealed class MarkNotificationsReadHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkNotificationsRead, int>
{
    public async Task<int> Handle(MarkNotificationsRead request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var now = clock.GetUtcNow();
        if (request.NotificationId is not { } id)
        {
            return await db.Notifications
                .Where(n => n.UserId == userId && n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }

        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("La notification", id);
        var wasUnread = notification.ReadAt is null;
        notification.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        return wasUnread ? 1 : 0;
    }
}
