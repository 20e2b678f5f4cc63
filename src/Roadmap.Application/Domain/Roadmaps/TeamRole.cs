namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>A role in one roadmap's team, on top of the account's platform roles.</summary>
public enum TeamRole
{
    /// <summary>Configures the roadmap (phases, axes, rules) and grants team roles.</summary>
    Manager,

    /// <summary>Runs the roadmap's workshops, moderates and reviews its content.</summary>
    Facilitator,
}
