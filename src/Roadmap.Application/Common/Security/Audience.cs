using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// Whom a shared read of one roadmap answers (docs/decisions/039-shared-read-cache.md): its <see cref="Team"/> (its
/// members, and staff on every roadmap, as <see cref="RoadmapTeams.IsTeamAsync"/> says) also sees what moderation hid
/// and the support counts the roadmap hides for now; <see cref="Public"/>, everyone else, signed in or not, sees the
/// same answer. Reads whose answer depends on the caller only so take an audience and read no current user.
/// </summary>
public enum Audience
{
    Public,
    Team,
}

internal static class Audiences
{
    public static async Task<Audience> AudienceOfRoadmapAsync(this IRoadmapDbContext db, ICurrentUser user, string slug, CancellationToken cancellationToken) =>
        user.IsStaff() || (user.Id is { } id && await db.TeamMembers.AnyAsync(m => m.UserId == id && db.Roadmaps.Any(r => r.Id == m.RoadmapId && r.Slug == slug), cancellationToken))
            ? Audience.Team
            : Audience.Public;

    public static async Task<Audience> AudienceOfActionAsync(this IRoadmapDbContext db, ICurrentUser user, Guid actionId, CancellationToken cancellationToken) =>
        user.IsStaff() || (user.Id is { } id && await db.TeamMembers.AnyAsync(m => m.UserId == id && db.Actions.Any(a => a.Id == actionId && a.RoadmapId == m.RoadmapId), cancellationToken))
            ? Audience.Team
            : Audience.Public;
}
