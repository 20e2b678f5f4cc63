using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Following.CountUnread;

/// <summary>
/// The unread count shown in the header of every page: one COUNT on the (UserId, ReadAt, CreatedAt)
/// index. Callers send it only for signed-in users.
/// </summary>
[RequiresRole]
public sealed record CountUnread : IQuery<int>;

internal sealed class CountUnreadHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<CountUnread, int>
{
    public Task<int> Handle(CountUnread request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        return db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }
}
