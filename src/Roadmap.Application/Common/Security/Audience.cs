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

/// <summary>
/// The caller's audience from the scope's <see cref="Viewer"/>: a roadmap's costs no statement once the viewer is read;
/// an action's asks for the action's roadmap only when the caller is in some team (most callers are in none), once per scope.
/// </summary>
internal static class Audiences
{
    public static async Task<Audience> AudienceOfRoadmapAsync(this Viewer viewer, string slug, CancellationToken cancellationToken) =>
        viewer.IsStaff || (await viewer.FactsAsync(cancellationToken)).TeamOf(slug) is not null ? Audience.Team : Audience.Public;

    /// <summary>The audience of a roadmap known by its id (an action's facts carry it): no statement once the viewer is read.</summary>
    public static async Task<Audience> AudienceOfRoadmapIdAsync(this Viewer viewer, Guid roadmapId, CancellationToken cancellationToken) =>
        viewer.IsStaff || (await viewer.FactsAsync(cancellationToken)).Teams.Any(t => t.RoadmapId == roadmapId) ? Audience.Team : Audience.Public;

    public static async Task<Audience> AudienceOfActionAsync(this Viewer viewer, Guid actionId, CancellationToken cancellationToken)
    {
        if (viewer.IsStaff)
        {
            return Audience.Team;
        }

        var teams = (await viewer.FactsAsync(cancellationToken)).Teams;
        return teams.Count > 0
            && await viewer.RoadmapOfActionAsync(actionId, cancellationToken) is { } roadmapId
            && teams.Any(t => t.RoadmapId == roadmapId)
            ? Audience.Team
            : Audience.Public;
    }
}
