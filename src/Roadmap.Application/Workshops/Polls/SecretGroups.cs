using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Polls;

/// <summary>
/// Which groups a poll's results may be split into without breaking the secrecy of the vote
/// (<see cref="BallotSecrecy"/>): every group shown holds at least the minimum, and the groups below it
/// are put together under « Autres ». When those together are still too few, the smallest shown
/// groups join them (guests last, so they stay apart when they can), since a lone small group would
/// otherwise be the total minus the others. A split into a single group shows nothing: it is none.
/// </summary>
public static class SecretGroups
{
    public const string Others = nameof(Others);
    public const string OthersLabel = "Autres (regroupés)";

    internal static IReadOnlyList<IReadOnlyList<ParticipantRole?>> Partition(IReadOnlyList<(ParticipantRole? Role, int Ballots)> groups)
    {
        var voted = groups.Where(g => g.Ballots > 0).ToList();
        var shown = voted.Where(g => g.Ballots >= BallotSecrecy.MinimumGroupSize).ToList();
        var others = voted.Where(g => g.Ballots < BallotSecrecy.MinimumGroupSize).ToList();
        while (others.Count > 0 && others.Sum(g => g.Ballots) < BallotSecrecy.MinimumGroupSize && shown.Count > 0)
        {
            var next = shown.OrderBy(g => g.Role is null).ThenBy(g => g.Ballots).First();
            shown.Remove(next);
            others.Add(next);
        }

        List<IReadOnlyList<ParticipantRole?>> partition = [.. shown.Select(g => (IReadOnlyList<ParticipantRole?>)[g.Role])];
        if (others.Count > 0)
        {
            partition.Add([.. others.Select(g => g.Role)]);
        }

        return partition.Count < 2 ? [] : partition;
    }
}
