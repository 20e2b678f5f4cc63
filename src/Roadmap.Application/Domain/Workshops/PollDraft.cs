namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// A poll as the facilitator builds it. <see cref="MaxChoices"/> is for multiple choice,
/// <see cref="Points"/> for dot-voting; <see cref="DurationSeconds"/> null keeps it open until closed.
/// Scales have no options. <see cref="GuestsMayVote"/> false keeps the vote to signed-in participants.
/// </summary>
public sealed record PollDraft(
    PollKind Kind,
    string Question,
    IReadOnlyList<PollOptionDraft>? Options,
    int? MaxChoices,
    int? Points,
    int? DurationSeconds,
    bool GuestsMayVote = true);

/// <summary>An option: a text, or an action of the roadmap (its title is used when the text is empty).</summary>
public sealed record PollOptionDraft(string? Text, Guid? ActionId);
