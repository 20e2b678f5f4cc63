namespace Roadmap.Web.Tests.Support;

/// <summary>The demo data the web tests rely on (seeded in Development, see <see cref="RoadmapWebFactory"/>).</summary>
public static class DemoFacts
{
    public const string Citizen = "citoyen@demo.roadmap.local";
    public const string Actor = "acteur@demo.roadmap.local";
    public const string Facilitator = "animateur@demo.roadmap.local";
    public const string Administrator = "admin@demo.roadmap.local";

    /// <summary>The Sarthe roadmap, in its Concertation phase.</summary>
    public const string Sarthe = "usages-numeriques-sarthe";

    /// <summary>The Hérault roadmap, in its Ateliers phase.</summary>
    public const string Herault = "usages-services-numeriques-herault";

    public static string Participant(int number) => $"participant{number:00}@demo.roadmap.local";
}
