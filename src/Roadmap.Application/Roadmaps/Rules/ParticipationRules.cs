using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Rules;

/// <summary>A roadmap's participation rules as its managers see and change them.</summary>
public sealed record ParticipationRules(
    string RoadmapSlug,
    string RoadmapTitle,
    ProposalEligibility Proposers,
    SupportEligibility SupportEligibility,
    int? MaxSupportsPerParticipant,
    bool CountsShownDuringPhase)
{
    /// <summary>The highest cap of supports a roadmap may set.</summary>
    public const int MaxSupportsCap = 1_000;

    internal static ParticipationRules Of(TerritorialRoadmap roadmap) => new(
        roadmap.Slug, roadmap.Title, roadmap.VotingRules.Proposers, roadmap.VotingRules.Eligibility,
        roadmap.VotingRules.MaxSupportsPerParticipant, roadmap.VotingRules.CountsShownDuringPhase);
}
