using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>Who may support actions of a roadmap, and how many supports each participant has.</summary>
public sealed record VotingRules(SupportEligibility Eligibility, int? MaxSupportsPerParticipant)
{
    public static VotingRules Open { get; } = new(SupportEligibility.AllRegistered, null);

    public bool Allows(ParticipantRole role) =>
        Eligibility == SupportEligibility.AllRegistered || role != ParticipantRole.Citizen;
}
