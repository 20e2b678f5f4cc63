namespace Roadmap.Web.Tests.Support;

/// <summary>The demo data the web tests rely on (seeded in Development, see <see cref="RoadmapWebFactory"/>).</summary>
public static class DemoFacts
{
    public const string Citizen = "citoyen@demo.roadmap.local";
    public const string Actor = "acteur@demo.roadmap.local";
    public const string Facilitator = "animateur@demo.roadmap.local";
    public const string Administrator = "admin@demo.roadmap.local";
    public const string Mediator = "mediatrice@demo.roadmap.local";

    /// <summary>The Sarthe roadmap, in its Concertation phase.</summary>
    public const string Sarthe = "usages-numeriques-sarthe";

    /// <summary>The Hérault roadmap, in its Ateliers phase.</summary>
    public const string Herault = "usages-services-numeriques-herault";

    /// <summary>
    /// The Drôme roadmap, in its Mise en œuvre phase since its adoption about three years before the seeding:
    /// its actions are followed up (pilots, measured values, points d'étape).
    /// </summary>
    public const string Drome = "usages-numeriques-drome";

    /// <summary>« Claire Pilote », pilot of five of the Drôme's actions (not in its team).</summary>
    public const string Pilot = "pilote@demo.roadmap.local";

    /// <summary>The Drôme's manager (team Manager), who named the pilots.</summary>
    public const string DromeManager = "participant17@demo.roadmap.local";

    /// <summary>An action of the Drôme piloted by <see cref="Pilot"/>, in progress, late (past its due date) and flagged « en difficulté ».</summary>
    public const string LateAction = "Raccorder plus de 160 000 foyers drômois au très haut débit";

    /// <summary>An action of the Drôme piloted by <see cref="Pilot"/>, in progress and on track, whose values include a correction.</summary>
    public const string OnTrackAction = "Former les Drômois aux usages essentiels avec les conseillers numériques";

    /// <summary>An action of the Drôme piloted by <see cref="Pilot"/>, retained, with no value measured yet.</summary>
    public const string NotMeasuredAction = "Des espaces de télétravail près des gares";

    public static string Participant(int number) => $"participant{number:00}@demo.roadmap.local";
}
