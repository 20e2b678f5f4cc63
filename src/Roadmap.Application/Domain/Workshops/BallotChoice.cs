namespace Roadmap.Application.Domain.Workshops;

/// <summary>One option of a ballot: 1 point for a choice, the points given for dot-voting.</summary>
public sealed record BallotChoice(Guid OptionId, int Points);
