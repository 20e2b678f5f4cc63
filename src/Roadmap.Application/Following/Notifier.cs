using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Following;

/// <summary>
/// Writes in-app notifications for the people concerned by something that happened to an action:
/// its followers, the followers of its roadmap (for new actions and status changes), and any extra
/// recipients (the proposer, the author of the comment replied to) — never the person who acted.
/// Adds to the context; the caller saves.
/// </summary>
public sealed class Notifier(IRoadmapDbContext db, TimeProvider clock)
{
    public async Task NotifyAsync(Guid actionId, Guid roadmapId, NotificationKind kind, string text, string link, Guid? actorId, IEnumerable<Guid?> extraRecipients, CancellationToken cancellationToken)
    {
        var includeRoadmapFollowers = kind is NotificationKind.StatusChanged or NotificationKind.NewAction;
        var followers = await db.Follows.AsNoTracking()
            .Where(f => (f.Target == FollowTarget.Action && f.TargetId == actionId)
                || (includeRoadmapFollowers && f.Target == FollowTarget.Roadmap && f.TargetId == roadmapId))
            .Select(f => f.UserId)
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        foreach (var userId in followers.Concat(extraRecipients.OfType<Guid>()).Distinct().Where(id => id != actorId))
        {
            db.Notifications.Add(Notification.Create(userId, kind, text, link, now, roadmapId));
        }
    }

    /// <summary>Starts following unless already following (authors follow what they write).</summary>
    public async Task EnsureFollowingAsync(Guid userId, FollowTarget target, Guid targetId, CancellationToken cancellationToken)
    {
        var exists = await db.Follows.AnyAsync(f => f.UserId == userId && f.Target == target && f.TargetId == targetId, cancellationToken);
        if (!exists)
        {
            db.Follows.Add(Follow.Start(userId, target, targetId, clock.GetUtcNow()));
        }
    }
}
