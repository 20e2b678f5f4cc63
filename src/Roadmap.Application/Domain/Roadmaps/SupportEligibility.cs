namespace Roadmap.Application.Domain.Roadmaps;

public enum SupportEligibility
{
    /// <summary>Every signed-in participant may support.</summary>
    AllRegistered = 0,

    /// <summary>Only elected officials and local actors (and those above them) may support.</summary>
    OfficialsAndActors = 1,

    /// <summary>Only people whose standing in the roadmap's territory was verified (an approved claim).</summary>
    VerifiedStanding = 2,
}
