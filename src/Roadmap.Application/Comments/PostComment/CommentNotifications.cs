using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Following;

namespace Roadmap.Application.Comments.PostComment;

/// <summary>
/// Tells the action's followers and its proposer about a new comment, and the author of the comment
/// replied to about the reply — one notification each, never to the person who wrote it.
/// </summary>
internal sealed class CommentNotifications(IRoadmapDbContext db, Notifier notifier, DateTimeOffset now)
{
    public async Task AnnounceAsync(
        TerritorialRoadmap roadmap, RoadmapAction action, ActionUpdate? update, Comment? parent, Guid authorId, string link, CancellationToken cancellationToken)
    {
        var authorName = await db.Users.Where(u => u.Id == authorId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "Quelqu'un";
        var what = update is null ? $"l'action « {action.Title} »" : $"le point d'étape « {update.Title} » de l'action « {action.Title} »";
        await notifier.NotifyAsync(
            action.Id, roadmap.Id, NotificationKind.NewComment, $"{authorName} a commenté {what}.", link,
            authorId, [action.ProposerId], cancellationToken);

        if (parent?.AuthorId is not { } repliedTo || repliedTo == authorId)
        {
            return;
        }

        // The author replied to follows the action too: the reply replaces the general notice for them.
        foreach (var general in db.Notifications.Local.Where(n => n.UserId == repliedTo && n.Kind == NotificationKind.NewComment && n.Link == link).ToList())
        {
            db.Notifications.Remove(general);
        }

        db.Notifications.Add(Notification.Create(
            repliedTo, NotificationKind.Reply, $"{authorName} a répondu à votre commentaire sur {what}.", link, now, roadmap.Id));
    }
}
