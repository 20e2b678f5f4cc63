using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.FollowUp;

/// <summary>Loads the action a follow-up command changes (tracked, indicators included), or says it does not exist.</summary>
internal static class FollowUpActions
{
    public static async Task<RoadmapAction> LoadAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken) =>
        await db.Actions.FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new NotFoundException("L'action", actionId);

    /// <summary>
    /// The opening of a report on an action (its difficulty, its progress rule): the action, once the user
    /// is known to pilot it or manage its roadmap and the action is followed up.
    /// </summary>
    public static async Task<RoadmapAction> LoadToReportAsync(IRoadmapDbContext db, ICurrentUser user, Guid actionId, CancellationToken cancellationToken)
    {
        var action = await LoadAsync(db, actionId, cancellationToken);
        await db.EnsureCanReportOnAsync(user, action, cancellationToken);
        action.EnsureFollowedUp();
        return action;
    }

    /// <summary>The close of a report: journals and saves what changed; the same report twice (a double submit) records nothing.</summary>
    public static async Task RecordReportAsync<TState>(
        IRoadmapDbContext db, ICurrentUser user, DateTimeOffset now, RoadmapAction action, string kind, string subject, TState before, TState after, CancellationToken cancellationToken)
        where TState : IEquatable<TState>
    {
        if (before.Equals(after))
        {
            return;
        }

        await db.RecordAsync(user, now, action.RoadmapId, kind, subject, before, after, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The title of the action's roadmap and its slug, for journal subjects and notification links.</summary>
    public static async Task<(string Slug, string Title)> RoadmapOfAsync(IRoadmapDbContext db, RoadmapAction action, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Where(r => r.Id == action.RoadmapId).Select(r => new { r.Slug, r.Title }).FirstAsync(cancellationToken);
        return (roadmap.Slug, roadmap.Title);
    }
}
