using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Participation;

/// <summary>
/// The optional cap of supports per participant on a roadmap. Only supports on actions still open
/// to support count against it: when an action is withdrawn, merged or not retained, the support
/// stays on record but frees its place (it cannot be withdrawn any more).
/// </summary>
internal static class SupportQuota
{
    /// <summary>
    /// Makes one person's supports wait for each other until their transaction ends, so that each
    /// counts the supports already given (a double click, six tabs against a cap of three). The use
    /// case's transaction already does so on SQLite (one writer); on PostgreSQL and SQL Server, the
    /// row lock this no-op update takes on the person's account does.
    /// </summary>
    public static Task<int> TakeTurnAsync(IRoadmapDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, u => u.DisplayName), cancellationToken);

    public static Task<int> UsedAsync(IRoadmapDbContext db, Guid roadmapId, Guid userId, CancellationToken cancellationToken) =>
        (from s in db.Supports
         join a in db.Actions on s.ActionId equals a.Id
         where s.UserId == userId && a.RoadmapId == roadmapId
             && (a.Status == ActionStatus.Proposed || a.Status == ActionStatus.UnderReview || a.Status == ActionStatus.Retained)
         select s.Id)
        .CountAsync(cancellationToken);

    public static string Exhausted(int cap) => cap == 1
        ? "Vous avez déjà utilisé votre soutien sur cette feuille de route."
        : $"Vous avez déjà utilisé vos {cap} soutiens sur cette feuille de route.";
}
