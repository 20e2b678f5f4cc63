using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// Who may report on an action's follow-up (measured values, points d'étape, difficulty, budget):
/// its pilots, and its roadmap's managers (who name the pilots, and stand in for them).
/// </summary>
internal static class ActionPilots
{
    public const string NotPilot = "Seuls les pilotes de cette action (ou les gestionnaires de la feuille de route) peuvent rendre compte de son avancement.";

    public static async Task<bool> IsPilotAsync(this IRoadmapDbContext db, ICurrentUser user, Guid actionId, CancellationToken cancellationToken) =>
        user.Id is { } userId && await db.Pilots.AnyAsync(p => p.ActionId == actionId && p.UserId == userId, cancellationToken);

    public static Task<bool> CanReportOnAsync(this IRoadmapDbContext db, ICurrentUser user, RoadmapAction action, CancellationToken cancellationToken) =>
        db.CanReportOnAsync(user, action.Id, action.RoadmapId, cancellationToken);

    public static async Task<bool> CanReportOnAsync(this IRoadmapDbContext db, ICurrentUser user, Guid actionId, Guid roadmapId, CancellationToken cancellationToken) =>
        user.Id is not null
        && (await db.IsPilotAsync(user, actionId, cancellationToken) || await db.CanManageAsync(user, roadmapId, cancellationToken));

    public static async Task EnsureCanReportOnAsync(this IRoadmapDbContext db, ICurrentUser user, RoadmapAction action, CancellationToken cancellationToken)
    {
        user.RequireId();
        if (!await db.CanReportOnAsync(user, action, cancellationToken))
        {
            throw new ForbiddenException(NotPilot);
        }
    }
}
