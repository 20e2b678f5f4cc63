namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>
/// A person's role in one roadmap's team: powers on that roadmap only, so an EPCI runs its own
/// roadmap on the département's instance without platform-wide roles. One role per person and roadmap.
/// </summary>
public sealed class RoadmapTeamMember
{
    private RoadmapTeamMember() { }

    public Guid RoadmapId { get; private set; }
    public Guid UserId { get; private set; }
    public TeamRole Role { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>Who granted it (an account id kept as a fact, not a foreign key).</summary>
    public Guid? GrantedById { get; private set; }

    public static RoadmapTeamMember Grant(Guid roadmapId, Guid userId, TeamRole role, Guid grantedById, DateTimeOffset now) =>
        new() { RoadmapId = roadmapId, UserId = userId, Role = role, GrantedAt = now, GrantedById = grantedById };

    public void Change(TeamRole role, Guid grantedById, DateTimeOffset now)
    {
        Role = role;
        GrantedById = grantedById;
        GrantedAt = now;
    }
}
