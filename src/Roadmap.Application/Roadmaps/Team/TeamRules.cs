using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Team;

/// <summary>
/// What the team use cases share. The last-manager rule: nobody removes or demotes themselves when
/// they are the roadmap's last manager (they name another one first). An Administrator may remove the
/// last manager of a roadmap (someone else): the roadmap stays managed by the administrators. A team
/// manager never meets that case with someone else, since another manager means a second one.
/// </summary>
internal static class TeamRules
{
    public const string LastManager = "Vous êtes le dernier gestionnaire de cette feuille de route : nommez d'abord un autre gestionnaire.";

    public static string PageLink(string slug) => $"/feuilles-de-route/{slug}/equipe";

    public static string RoleName(TeamRole role) => role == TeamRole.Manager ? "gestionnaire" : "animateur·rice";

    public static async Task<TeamRoadmap> LoadRoadmapAsync(IRoadmapDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.Roadmaps.AsNoTracking().Where(r => r.Slug == slug).Select(r => new TeamRoadmap(r.Id, r.Slug, r.Title)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("La feuille de route", slug);

    /// <summary>Refuses when <paramref name="member"/> is the last manager and the caller is that person.</summary>
    public static async Task EnsureNotLeavingLastAsync(IRoadmapDbContext db, ICurrentUser user, RoadmapTeamMember member, CancellationToken cancellationToken)
    {
        if (member.Role != TeamRole.Manager || member.UserId != user.Id)
        {
            return;
        }

        var otherManagers = await db.TeamMembers.AnyAsync(
            m => m.RoadmapId == member.RoadmapId && m.Role == TeamRole.Manager && m.UserId != member.UserId, cancellationToken);
        if (!otherManagers)
        {
            throw new DomainRuleException(LastManager);
        }
    }
}

internal sealed record TeamRoadmap(Guid Id, string Slug, string Title);

/// <summary>A team role as the journal shows it.</summary>
internal sealed record TeamState(string Person, TeamRole Role);
