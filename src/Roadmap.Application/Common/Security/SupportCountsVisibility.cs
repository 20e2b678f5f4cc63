using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// Who sees a roadmap's support counts: everyone, unless the roadmap hides them now
/// (<see cref="TerritorialRoadmap.HidesSupportCounts"/>); its team (<see cref="RoadmapTeams"/>) always does.
/// Every query that shows a count, or orders by supports, asks here, so that no door shows what another hides.
/// </summary>
internal static class SupportCountsVisibility
{
    public static async Task<bool> HidesSupportCountsFromAsync(this IRoadmapDbContext db, ICurrentUser user, TerritorialRoadmap roadmap, CancellationToken cancellationToken) =>
        roadmap.HidesSupportCounts && !await db.IsTeamAsync(user, roadmap.Id, cancellationToken);

    public static bool HidesSupportCountsFrom(this TerritorialRoadmap roadmap, Audience audience) =>
        roadmap.HidesSupportCounts && audience != Audience.Team;

    /// <summary>The same answer for many roadmaps at once, in one query at most: the ids of those that hide their counts from <paramref name="user"/>.</summary>
    public static async Task<IReadOnlySet<Guid>> HidingSupportCountsFromAsync(this IRoadmapDbContext db, ICurrentUser user, IReadOnlyCollection<TerritorialRoadmap> roadmaps, CancellationToken cancellationToken)
    {
        var hiding = roadmaps.Where(r => r.HidesSupportCounts).Select(r => r.Id).ToHashSet();
        if (hiding.Count == 0 || user.IsStaff())
        {
            return hiding.Count == 0 ? hiding : new HashSet<Guid>();
        }

        if (user.Id is { } userId)
        {
            var team = await db.TeamMembers.Where(m => m.UserId == userId && hiding.Contains(m.RoadmapId)).Select(m => m.RoadmapId).ToListAsync(cancellationToken);
            hiding.ExceptWith(team);
        }

        return hiding;
    }
}
