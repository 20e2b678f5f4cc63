namespace Roadmap.Application.Common.Security;

public static class RoadmapClaims
{
    public const string OrganisationId = "roadmap:organisation";
    public const string DisplayName = "roadmap:name";
}
