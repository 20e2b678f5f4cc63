using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// What the database says of the caller (<see cref="Viewer"/>): their <see cref="Teams"/> by title, the slugs of the
/// roadmaps they follow (a handful), whether they hold a mediator grant, their unread notifications.
/// </summary>
internal sealed record ViewerFacts(IReadOnlyList<ViewerTeam> Teams, IReadOnlyList<string> FollowedRoadmaps, bool IsMediator, int Unread)
{
    public static readonly ViewerFacts None = new([], [], false, 0);

    public ViewerTeam? TeamOf(string slug) => Teams.FirstOrDefault(t => t.Slug == slug);

    /// <summary>The teams by title as French readers sort, whichever statement read them and whatever the database's collation.</summary>
    public ViewerFacts InFrenchOrder() => Teams.Count < 2 ? this : this with { Teams = [.. Teams.OrderBy(t => t.Title, FrenchFormat.Order)] };
}

/// <summary>A roadmap whose team the caller belongs to, with their role in it.</summary>
internal sealed record ViewerTeam(Guid RoadmapId, string Slug, string Title, TeamRole Role);
