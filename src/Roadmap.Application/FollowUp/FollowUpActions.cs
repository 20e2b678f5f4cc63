using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.FollowUp;

/// <summary>Loads the action a follow-up command changes (tracked, indicators included), or says it does not exist.</summary>
internal static class FollowUpActions
{
    public static async Task<RoadmapAction> LoadAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken) =>
        await db.Actions.FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new NotFoundException("L'action", actionId);

    /// <summary>The title of the action's roadmap and its slug, for journal subjects and notification links.</summary>
    public static async Task<(string Slug, string Title)> RoadmapOfAsync(IRoadmapDbContext db, RoadmapAction action, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Where(r => r.Id == action.RoadmapId).Select(r => new { r.Slug, r.Title }).FirstAsync(cancellationToken);
        return (roadmap.Slug, roadmap.Title);
    }
}
