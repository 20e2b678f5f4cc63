namespace Roadmap.Demo.Content;

/// <summary>Everything that goes into the Sarthe roadmap once its axes exist.</summary>
internal static class SartheActions
{
    public static IReadOnlyList<DemoAction> All { get; } =
    [
        .. SartheInclusionActions.All,
        .. SartheServicesActions.All,
        .. SartheResponsibleActions.All,
        .. SartheTerritoryActions.All,
        .. SartheInfrastructureActions.All,
    ];

    /// <summary>Co-signatures by the demo's elected officials, each for their own collectivity.</summary>
    public static IReadOnlyList<DemoEndorsement> Endorsements { get; } =
    [
        new("france-services", DemoPeople.Elected),
        new("teleconsultation", DemoPeople.Elected),
        new("patrimoine-numerique", DemoPeople.Elected),
        new("mediateurs-itinerants", DemoPeople.Participant(10)),
        new("zones-blanches", DemoPeople.Participant(10)),
        new("cybersecurite", DemoPeople.Participant(11)),
        new("capteurs-communes", DemoPeople.Participant(11)),
        new("fibre-pour-tous", DemoPeople.Participant(12)),
        new("tiers-lieux", DemoPeople.Participant(12)),
        new("guichet-unique", DemoPeople.Participant(12)),
    ];

    public static DemoRoadmapContent Content { get; } = new(
        All,
        Endorsements,
        [.. SartheComments.Threads, .. SartheCommentsMore.Threads],
        DemoPeople.SartheSupporters);
}
