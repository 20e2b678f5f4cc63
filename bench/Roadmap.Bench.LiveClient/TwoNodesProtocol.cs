namespace Roadmap.Bench.LiveClient;

/// <summary>What the two-node mode adds to <see cref="LiveProtocol"/>.</summary>
public static class TwoNodesProtocol
{
    /// <summary>Client → host, right after <see cref="LiveProtocol.LiveResult"/>: the live phase node by node (payload: list of <see cref="NodeReport"/>).</summary>
    public const string LiveNodes = "LIVE-NODES";
}

/// <summary>
/// The participants sent to one node (by its cookie): how many, how many received <c>PollClosed</c> and how many of
/// those differed from the facilitator's closed tally, and their vote-to-results latency.
/// </summary>
public sealed record NodeReport(string Node, int Participants, int SawClosed, int SawDifferentClose, Percentiles Latency)
{
    internal static List<NodeReport> Split(IEnumerable<Voter> voters, (int Ballots, int[] Votes) final) =>
        [.. voters.GroupBy(v => v.Node ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(node =>
        {
            var closed = node.Where(v => v.Closed.IsCompletedSuccessfully).Select(v => LivePhase.Tally(v.Closed.Result.GetProperty("results"))).ToList();
            return new NodeReport(node.Key, node.Count(), closed.Count,
                closed.Count(c => c.Ballots != final.Ballots || !c.Votes.SequenceEqual(final.Votes)),
                Stats.Of(node.Select(v => v.Times()).OfType<VoterTimes>().Select(t => t.FromSend)));
        })];
}
