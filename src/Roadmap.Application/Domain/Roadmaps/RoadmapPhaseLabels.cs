namespace Roadmap.Application.Domain.Roadmaps;

public static class RoadmapPhaseLabels
{
    public static string French(this RoadmapPhase phase) => phase switch
    {
        RoadmapPhase.Diagnostic => "Diagnostic",
        RoadmapPhase.Concertation => "Concertation",
        RoadmapPhase.Ateliers => "Ateliers",
        RoadmapPhase.Arbitrage => "Arbitrage",
        RoadmapPhase.Adoptee => "Adoptée",
        RoadmapPhase.MiseEnOeuvre => "Mise en œuvre",
        _ => phase.ToString(),
    };
}
