namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// The secrecy of the vote in live polls: results are never split into a group (a role, guests, or
/// several groups put together) that holds fewer than <see cref="MinimumGroupSize"/> ballots, so
/// nobody can read what one person or a handful of people voted. See docs/decisions/010.
/// </summary>
public static class BallotSecrecy
{
    public const int MinimumGroupSize = 5;
}
