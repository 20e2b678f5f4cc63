using System.Collections.Concurrent;

namespace Roadmap.Application.Workshops.Polls;

/// <summary>
/// The ballot counts of closed polls, kept by this node. Once a poll's close is committed no ballot lands or
/// changes (PollClosing) and ballots are never deleted (an erased account's stay), so its counts are final. Every
/// room state tallies each poll of the workshop: a crowd joining or coming back after a poll then reads the
/// ballots of open polls only, instead of all of them for each person.
/// </summary>
internal sealed class ClosedPollCounts
{
    /// <summary>Polls kept at most; past it the node starts again from empty (a few hundred bytes each).</summary>
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<Guid, PollCounts> _counts = new();

    public PollCounts? Find(Guid pollId) => _counts.TryGetValue(pollId, out var counts) ? counts : null;

    public void Keep(Guid pollId, PollCounts counts)
    {
        if (_counts.Count >= Capacity)
        {
            _counts.Clear();
        }

        _counts[pollId] = counts;
    }
}

/// <summary>A poll's ballots grouped by role (and score), and its choices grouped by role and option.</summary>
internal sealed record PollCounts(IReadOnlyList<PollTallies.BallotGroup> Ballots, IReadOnlyList<PollTallies.ChoiceGroup> Choices);
