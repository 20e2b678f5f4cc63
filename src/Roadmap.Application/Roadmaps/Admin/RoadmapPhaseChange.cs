using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Admin;

/// <summary>
/// Stores a phase change computed on an untracked roadmap, with a conditional update: it applies
/// only while the roadmap is still in the phase it left, so of two concurrent advances (a double
/// submit, two web nodes sweeping at once) exactly one changes the row, and only that one records
/// the journal entry and notifies the followers.
/// </summary>
internal static class RoadmapPhaseChange
{
    public static async Task<bool> TryApplyAsync(IRoadmapDbContext db, TerritorialRoadmap advanced, RoadmapPhase from, CancellationToken cancellationToken)
    {
        var phase = advanced.CurrentPhase;
        var message = advanced.PhaseMessage;
        var changedAt = advanced.PhaseChangedAt;
        var changed = await db.Roadmaps
            .Where(r => r.Id == advanced.Id && r.CurrentPhase == from && r.ArchivedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.CurrentPhase, phase).SetProperty(r => r.PhaseMessage, message).SetProperty(r => r.PhaseChangedAt, changedAt),
                cancellationToken);
        return changed == 1;
    }

    /// <summary>The journal entry and one notification per follower (never the person who acted); the caller saves.</summary>
    public static async Task RecordAsync(
        IRoadmapDbContext db, ICurrentUser user, DateTimeOffset now, TerritorialRoadmap advanced, RoadmapPhase from, CancellationToken cancellationToken)
    {
        await db.RecordAsync(user, now, advanced.Id, "roadmap.advanced", RoadmapAdmin.Subject(advanced),
            new { Phase = from }, new { Phase = advanced.CurrentPhase, Message = advanced.PhaseMessage }, cancellationToken);

        var followers = await db.Follows.AsNoTracking()
            .Where(f => f.Target == FollowTarget.Roadmap && f.TargetId == advanced.Id && f.UserId != user.Id)
            .Select(f => f.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var text = $"La feuille de route « {advanced.Title} » passe en phase « {advanced.CurrentPhase.French()} » : {advanced.PhaseMessage}";
        foreach (var follower in followers)
        {
            db.Notifications.Add(Notification.Create(follower, NotificationKind.PhaseChanged, text, SiteLinks.Roadmap(advanced.Slug), now, advanced.Id));
        }
    }
}
