using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.CreateWorkshop;

/// <summary>« Un atelier est programmé » for each follower of the roadmap, never its creator; the caller saves.</summary>
internal static class WorkshopScheduledNotifications
{
    public static async Task AddAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, Workshop workshop, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var followers = await db.Follows.AsNoTracking()
            .Where(f => f.Target == FollowTarget.Roadmap && f.TargetId == roadmap.Id && f.UserId != workshop.CreatedById)
            .Select(f => f.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var text = $"Atelier « {workshop.Title} » programmé le {FrenchFormat.Day(workshop.StartsAt)} à {FrenchFormat.Time(workshop.StartsAt)} "
            + $"sur la feuille de route « {roadmap.Title} » : inscrivez-vous pour recevoir l'invitation.";
        foreach (var follower in followers)
        {
            db.Notifications.Add(Notification.Create(follower, NotificationKind.WorkshopScheduled, text, SiteLinks.Workshop(workshop.Id), now, roadmap.Id));
        }
    }
}
