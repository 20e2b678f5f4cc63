using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>
/// A roadmap's participation rules: who may support its actions, how many supports each participant
/// has, who may propose, and whether support counts show while the phase runs or only once it ends
/// (against bandwagon effects).
/// </summary>
public sealed record VotingRules(
    SupportEligibility Eligibility,
    int? MaxSupportsPerParticipant,
    ProposalEligibility Proposers = ProposalEligibility.OfficialsAndActors,
    bool CountsShownDuringPhase = true)
{
    public static VotingRules Open { get; } = new(SupportEligibility.AllRegistered, null);

    /// <summary>What the role alone decides; a verified standing is checked against the person's approved claims.</summary>
    public bool Allows(ParticipantRole role) =>
        Eligibility != SupportEligibility.OfficialsAndActors || role != ParticipantRole.Citizen;

    /// <summary>Whether someone holding <paramref name="role"/> may propose actions.</summary>
    public bool AllowsProposalFrom(ParticipantRole role) =>
        Proposers == ProposalEligibility.AllRegistered || role != ParticipantRole.Citizen;
}
