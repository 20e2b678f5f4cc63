using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Presence;

namespace Roadmap.Application.Workshops.Polls;

/// <summary>
/// Counts a poll from its stored ballots with two grouped queries (one row per role and option, not
/// per ballot), so live results stay cheap with a thousand voters and the final tally is exact.
/// </summary>
internal static class PollTallies
{
    public static async Task<PollTally?> ComputeAsync(IRoadmapDbContext db, Guid pollId, CancellationToken cancellationToken)
    {
        var poll = await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId, cancellationToken);
        return poll is null ? null : await ComputeAsync(db, poll, cancellationToken);
    }

    public static async Task<PollTally> ComputeAsync(IRoadmapDbContext db, Poll poll, CancellationToken cancellationToken) =>
        (await ComputeAsync(db, [poll], cancellationToken))[poll.Id];

    /// <summary>The tallies of several polls (a whole workshop) with the same two queries.</summary>
    public static async Task<IReadOnlyDictionary<Guid, PollTally>> ComputeAsync(IRoadmapDbContext db, IReadOnlyCollection<Poll> polls, CancellationToken cancellationToken)
    {
        var counts = await CountAsync(db, [.. polls.Select(p => p.Id)], cancellationToken);
        return polls.ToDictionary(p => p.Id, p => Build(p, counts[p.Id]));
    }

    /// <summary>The same, reading only the ballots of polls whose final counts this node does not hold yet.</summary>
    public static async Task<IReadOnlyDictionary<Guid, PollTally>> ComputeAsync(IRoadmapDbContext db, IReadOnlyCollection<Poll> polls, ClosedPollCounts closed, CancellationToken cancellationToken)
    {
        var known = polls.Where(p => p.ClosedAt is not null).Select(p => (p.Id, Counts: closed.Find(p.Id))).Where(k => k.Counts is not null).ToDictionary(k => k.Id, k => k.Counts!);
        var read = await CountAsync(db, [.. polls.Select(p => p.Id).Where(id => !known.ContainsKey(id))], cancellationToken);
        foreach (var poll in polls.Where(p => p.ClosedAt is not null && read.ContainsKey(p.Id)))
        {
            closed.Keep(poll.Id, read[poll.Id]);
        }

        return polls.ToDictionary(p => p.Id, p => Build(p, known.TryGetValue(p.Id, out var counts) ? counts : read[p.Id]));
    }

    private static async Task<Dictionary<Guid, PollCounts>> CountAsync(IRoadmapDbContext db, List<Guid> pollIds, CancellationToken cancellationToken)
    {
        if (pollIds.Count == 0)
        {
            return [];
        }

        var ballots = await db.Ballots
            .Where(b => pollIds.Contains(b.PollId))
            .GroupBy(b => new { b.PollId, b.Role, b.Score })
            .Select(g => new BallotGroup(g.Key.PollId, g.Key.Role, g.Key.Score, g.Count()))
            .ToListAsync(cancellationToken);
        var choices = await db.Ballots
            .Where(b => pollIds.Contains(b.PollId))
            .SelectMany(b => b.Choices, (b, c) => new { b.PollId, b.Role, c.OptionId, c.Points })
            .GroupBy(x => new { x.PollId, x.Role, x.OptionId })
            .Select(g => new ChoiceGroup(g.Key.PollId, g.Key.Role, g.Key.OptionId, g.Count(), g.Sum(x => x.Points)))
            .ToListAsync(cancellationToken);
        return pollIds.ToDictionary(id => id, id => new PollCounts([.. ballots.Where(b => b.PollId == id)], [.. choices.Where(c => c.PollId == id)]));
    }

    /// <summary>What a viewer who may not see the results yet gets in their place: no ballot counted (decision 054).</summary>
    internal static PollTally Withheld(Poll poll) => Build(poll, [], []);

    private static PollTally Build(Poll poll, PollCounts counts) => Build(poll, counts.Ballots, counts.Choices);

    internal static PollTally Build(Poll poll, IReadOnlyList<BallotGroup> ballots, IReadOnlyList<ChoiceGroup> choices)
    {
        var perRole = ballots.GroupBy(b => b.Role).OrderBy(g => g.Key ?? (ParticipantRole)int.MaxValue).Select(g => (g.Key, g.Sum(b => b.Count))).ToList();
        var byRole = SecretGroups.Partition(perRole)
            .Select(roles => new RoleTally(
                roles.Count == 1 ? RoleGroups.Name(roles[0]) : SecretGroups.Others,
                roles.Count == 1 ? RoleGroups.Label(roles[0]) : SecretGroups.OthersLabel,
                ballots.Where(b => roles.Contains(b.Role)).Sum(b => b.Count),
                Options(poll, choices.Where(c => roles.Contains(c.Role))),
                Scale(poll, ballots.Where(b => roles.Contains(b.Role)))))
            .ToList();
        var total = ballots.Sum(b => b.Count);
        var guests = ballots.Where(b => b.Role is null).Sum(b => b.Count);

        return new PollTally(poll.Id, poll.WorkshopId, poll.Kind, total, total - guests, guests, poll.GuestsMayVote, Options(poll, choices), Scale(poll, ballots), byRole, poll.ClosedAt is not null)
        {
            Hands = HandTally.Of(poll),
        };
    }

    private static List<OptionTally> Options(Poll poll, IEnumerable<ChoiceGroup> choices)
    {
        var byOption = choices.GroupBy(c => c.OptionId).ToDictionary(g => g.Key, g => (Votes: g.Sum(c => c.Votes), Points: g.Sum(c => c.Points)));
        return [.. poll.Options.OrderBy(o => o.Position).Select(o => byOption.TryGetValue(o.Id, out var t) ? new OptionTally(o.Id, t.Votes, t.Points) : new OptionTally(o.Id, 0, 0))];
    }

    private static ScaleTally? Scale(Poll poll, IEnumerable<BallotGroup> ballots)
    {
        if (poll.Kind != PollKind.Scale)
        {
            return null;
        }

        var distribution = new int[Poll.ScaleMax - Poll.ScaleMin + 1];
        foreach (var group in ballots.Where(b => b.Score is >= Poll.ScaleMin and <= Poll.ScaleMax))
        {
            distribution[group.Score!.Value - Poll.ScaleMin] += group.Count;
        }

        var count = distribution.Sum();
        double? average = count == 0 ? null : Math.Round(distribution.Select((n, i) => (double)n * (i + Poll.ScaleMin)).Sum() / count, 2);
        return new ScaleTally(average, distribution);
    }

    internal sealed record BallotGroup(Guid PollId, ParticipantRole? Role, int? Score, int Count);

    internal sealed record ChoiceGroup(Guid PollId, ParticipantRole? Role, Guid OptionId, int Votes, int Points);
}
