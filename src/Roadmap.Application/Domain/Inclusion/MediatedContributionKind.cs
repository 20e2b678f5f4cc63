namespace Roadmap.Application.Domain.Inclusion;

/// <summary>What a mediator records on behalf of a resident who is not online.</summary>
public enum MediatedContributionKind
{
    /// <summary>A support for an action, counted apart from online supports.</summary>
    Support = 0,

    /// <summary>A comment on an action.</summary>
    Comment = 1,

    /// <summary>An idea for an action on a roadmap, optionally under an axis.</summary>
    Idea = 2,
}
