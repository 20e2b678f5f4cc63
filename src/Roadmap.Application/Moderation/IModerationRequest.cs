namespace Roadmap.Application.Moderation;

/// <summary>A moderator's decision on one piece of content.</summary>
public interface IModerationRequest
{
    ModerationDecision Decision { get; }

    /// <summary>Shown publicly in place of hidden content; required to hide.</summary>
    string? Reason { get; }
}
