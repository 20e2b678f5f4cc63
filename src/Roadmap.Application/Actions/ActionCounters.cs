using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Actions;

/// <summary>
/// Keeps <c>SupportCount</c>, <c>MediatedSupportCount</c> and <c>CommentCount</c> exact: each is recomputed from the rows in one
/// UPDATE, so concurrent writers can never lose an increment. The recompute runs once the rows are
/// locked: on PostgreSQL, an UPDATE that waited for another use case's transaction would count with
/// the rows it saw before the wait; a statement that starts after it sees them.
/// </summary>
internal static class ActionCounters
{
    public static Task RefreshAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken) =>
        Refresh(db, db.Actions.Where(a => a.Id == actionId), db.Updates.Where(u => u.ActionId == actionId), cancellationToken);

    public static Task RefreshRoadmapAsync(IRoadmapDbContext db, Guid roadmapId, CancellationToken cancellationToken) =>
        Refresh(db, db.Actions.Where(a => a.RoadmapId == roadmapId), db.Updates.Where(u => u.RoadmapId == roadmapId), cancellationToken);

    /// <summary>
    /// The action's <c>CommentCount</c> counts its own thread only; each point d'étape counts the comments
    /// written on it (<see cref="Domain.Participation.Comment.UpdateId"/>).
    /// </summary>
    private static async Task Refresh(
        IRoadmapDbContext db, IQueryable<Domain.Actions.RoadmapAction> actions, IQueryable<Domain.FollowUp.ActionUpdate> updates, CancellationToken cancellationToken)
    {
        await actions.ExecuteUpdateAsync(s => s.SetProperty(a => a.SupportCount, a => a.SupportCount), cancellationToken);
        await actions.ExecuteUpdateAsync(
            s => s
                .SetProperty(a => a.SupportCount, a => db.Supports.Count(x => x.ActionId == a.Id))
                .SetProperty(a => a.MediatedSupportCount, a => db.MediatedContributions.Count(
                    m => m.ActionId == a.Id && m.Kind == Domain.Inclusion.MediatedContributionKind.Support && m.HiddenAt == null))
                .SetProperty(a => a.CommentCount, a => db.Comments.Count(c => c.ActionId == a.Id && c.UpdateId == null && c.DeletedAt == null && c.HiddenAt == null && c.HeldAt == null)),
            cancellationToken);
        await updates.ExecuteUpdateAsync(
            s => s.SetProperty(u => u.CommentCount, u => db.Comments.Count(c => c.UpdateId == u.Id && c.DeletedAt == null && c.HiddenAt == null && c.HeldAt == null)),
            cancellationToken);
    }
}
