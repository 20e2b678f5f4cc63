namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>Who may propose actions to a roadmap.</summary>
public enum ProposalEligibility
{
    /// <summary>Elected officials and local actors (and those above them).</summary>
    OfficialsAndActors = 0,

    /// <summary>Every registered person.</summary>
    AllRegistered = 1,
}
