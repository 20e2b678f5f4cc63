namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>The life of a roadmap, in order; the current phase decides what participants may do.</summary>
public enum RoadmapPhase
{
    Diagnostic = 0,
    Concertation = 1,
    Ateliers = 2,
    Arbitrage = 3,
    Adoptee = 4,
    MiseEnOeuvre = 5,
}
