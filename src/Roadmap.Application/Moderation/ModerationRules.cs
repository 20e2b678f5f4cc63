using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Moderation;

internal static class ModerationRules
{
    /// <summary>
    /// The roadmaps whose content the caller moderates: null for every one (global staff), else those whose team they
    /// are in. Anyone else is refused.
    /// </summary>
    public static async Task<List<Guid>?> ModeratedRoadmapsAsync(IRoadmapDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        if (user.IsStaff())
        {
            return null;
        }

        var teamRoadmapIds = await db.TeamMembers.Where(m => m.UserId == userId).Select(m => m.RoadmapId).ToListAsync(cancellationToken);
        return teamRoadmapIds.Count > 0 ? teamRoadmapIds : throw new ForbiddenException();
    }

    /// <summary>Marks every pending report on the target as dealt with (the caller saves); how many there were.</summary>
    public static async Task<int> ResolveReportsAsync(IRoadmapDbContext db, ReportTarget target, Guid targetId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.Where(r => r.Target == target && r.TargetId == targetId && r.ResolvedAt == null).ToListAsync(cancellationToken);
        reports.ForEach(r => r.Resolve(now));
        return reports.Count;
    }
}
