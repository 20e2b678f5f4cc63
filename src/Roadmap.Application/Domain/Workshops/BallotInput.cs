namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// What a participant sends: the chosen option ids (single and multiple choice), points per option
/// (dot-voting) or a score (scale). Only the part that fits the poll's kind may be filled.
/// </summary>
public sealed record BallotInput(IReadOnlyList<Guid>? OptionIds, IReadOnlyList<OptionPoints>? Points, int? Score);

public sealed record OptionPoints(Guid OptionId, int Points);

/// <summary>How many hands (or paper ballots, or points for dot-voting) an option got in the room.</summary>
public sealed record OptionHandCount(Guid OptionId, int Count);
