namespace Roadmap.Application.Domain.Workshops;

public enum PollKind
{
    /// <summary>One option.</summary>
    SingleChoice = 0,

    /// <summary>Up to <see cref="Poll.MaxChoices"/> options.</summary>
    MultipleChoice = 1,

    /// <summary><see cref="Poll.Points"/> points spread over the options.</summary>
    DotVoting = 2,

    /// <summary>A score from 1 to 5, no options.</summary>
    Scale = 3,
}
