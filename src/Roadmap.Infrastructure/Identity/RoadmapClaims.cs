namespace Roadmap.Infrastructure.Identity;

public static class RoadmapClaims
{
    public const string OrganisationId = "roadmap:organisation";
    public const string DisplayName = "roadmap:name";
}
