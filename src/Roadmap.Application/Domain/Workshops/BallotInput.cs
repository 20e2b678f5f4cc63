namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// What a participant sends: the chosen option ids (single and multiple choice), points per option
/// (dot-voting) or a score (scale). Only the part that fits the poll's kind may be filled.
/// </summary>
public sealed record BallotInput(IReadOnlyList<Guid>? OptionIds, IReadOnlyList<OptionPoints>? Points, int? Score);

public sealed record OptionPoints(Guid OptionId, int Points);
