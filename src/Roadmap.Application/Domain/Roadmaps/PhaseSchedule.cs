namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>When a phase of a roadmap runs (an owned value of <see cref="Roadmap"/>).</summary>
public sealed record PhaseSchedule(RoadmapPhase Phase, DateOnly StartsOn, DateOnly? EndsOn);
