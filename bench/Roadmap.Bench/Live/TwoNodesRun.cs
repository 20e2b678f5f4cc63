using Roadmap.Bench.LiveClient;

namespace Roadmap.Bench.Live;

/// <summary>A live run on two nodes: the one-node figures, plus how the connections were spread and what each node's participants saw.</summary>
internal sealed record TwoNodesRun(LiveRun Run, IReadOnlyList<int> FloorOpen, IReadOnlyList<int> LiveOpen, IReadOnlyList<NodeReport> Nodes)
{
    public const double TargetP95Milliseconds = 400;

    public const int TargetParticipants = 2_000;

    /// <summary>Both nodes served participants, and every participant's <c>PollClosed</c>, on either node, equals the closed tally.</summary>
    public bool Spread => LiveOpen.All(open => open > 0) && Nodes.Count == LiveOpen.Count && Nodes.All(n => n.SawClosed == n.Participants && n.SawDifferentClose == 0);

    public bool Passed => Run.Passed && Spread;

    public bool MeetsTarget => Passed && Run.Options.Participants >= TargetParticipants && Run.Live.Latency.P95 < TargetP95Milliseconds;
}
