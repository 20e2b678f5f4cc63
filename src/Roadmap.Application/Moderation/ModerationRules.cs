using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Moderation;

internal static class ModerationRules
{
    /// <summary>Marks every pending report on the target as dealt with (the caller saves).</summary>
    public static async Task ResolveReportsAsync(IRoadmapDbContext db, ReportTarget target, Guid targetId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.Where(r => r.Target == target && r.TargetId == targetId && r.ResolvedAt == null).ToListAsync(cancellationToken);
        reports.ForEach(r => r.Resolve(now));
    }
}
