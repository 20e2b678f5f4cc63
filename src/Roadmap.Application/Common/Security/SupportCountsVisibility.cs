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
}
