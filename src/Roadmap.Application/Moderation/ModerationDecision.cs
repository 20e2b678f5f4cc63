namespace Roadmap.Application.Moderation;

/// <summary>What a moderator decides about reported content.</summary>
public enum ModerationDecision
{
    /// <summary>Hide it, with a public reason; it keeps its place.</summary>
    Hide = 0,

    /// <summary>Show it again (or keep it shown): the reports are dismissed.</summary>
    Restore = 1,
}
