using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// Who may act on one roadmap. Platform roles reach every roadmap: an Administrator manages them
/// all, and the global Facilitator role is the instance's facilitation team (staff of every roadmap,
/// manager of none). A team role reaches its roadmap only: a manager configures it and grants team
/// roles, a facilitator runs its workshops, moderates and reviews its content.
/// </summary>
internal static class RoadmapTeams
{
    public const string NotManager = "Seuls les gestionnaires de cette feuille de route (ou un administrateur) peuvent faire cela.";
    public const string NotTeam = "Seule l'équipe de cette feuille de route peut faire cela.";

    public static async Task<TeamRole?> TeamRoleAsync(this IRoadmapDbContext db, ICurrentUser user, Guid roadmapId, CancellationToken cancellationToken) =>
        user.Id is not { } userId
            ? null
            : await db.TeamMembers.Where(m => m.RoadmapId == roadmapId && m.UserId == userId).Select(m => (TeamRole?)m.Role).SingleOrDefaultAsync(cancellationToken);

    public static async Task<bool> CanManageAsync(this IRoadmapDbContext db, ICurrentUser user, Guid roadmapId, CancellationToken cancellationToken) =>
        user.IsInRole(RoleNames.Administrator) || await db.TeamRoleAsync(user, roadmapId, cancellationToken) == TeamRole.Manager;

    public static async Task<bool> IsTeamAsync(this IRoadmapDbContext db, ICurrentUser user, Guid roadmapId, CancellationToken cancellationToken) =>
        user.IsStaff() || await db.TeamRoleAsync(user, roadmapId, cancellationToken) is not null;

    public static async Task EnsureCanManageAsync(this IRoadmapDbContext db, ICurrentUser user, Guid roadmapId, CancellationToken cancellationToken)
    {
        user.RequireId();
        if (!await db.CanManageAsync(user, roadmapId, cancellationToken))
        {
            throw new ForbiddenException(NotManager);
        }
    }

    public static async Task EnsureTeamAsync(this IRoadmapDbContext db, ICurrentUser user, Guid roadmapId, CancellationToken cancellationToken)
    {
        user.RequireId();
        if (!await db.IsTeamAsync(user, roadmapId, cancellationToken))
        {
            throw new ForbiddenException(NotTeam);
        }
    }
}
