using Roadmap.Bench.LiveClient;

namespace Roadmap.Bench.Live;

/// <summary>
/// Everything one live run measured, on both sides, and whether its tally holds. <see cref="Batches"/> is read in the
/// bench's own process: null when the app runs elsewhere (the two-node mode).
/// </summary>
internal sealed record LiveRun(
    LiveOptions Options,
    ConnectReport FloorConnect,
    FloorReport Floor,
    long FloorBroadcasts,
    MemorySnapshot FloorMemory,
    ConnectReport LiveConnect,
    LiveReport Live,
    MemorySnapshot LiveMemory,
    IReadOnlyDictionary<string, long> ServerSends,
    int StoredBallots,
    TimeSpan LiveCpu,
    BallotBatchFigures? Batches = null)
{
    public const double TargetP95Milliseconds = 500;

    /// <summary>The closed tally, every participant's copy of it and the database all equal the acknowledged ballots.</summary>
    public bool TallyHolds =>
        Live.ClosedBallots == Live.Acknowledged
        && Live.ClosedPerOption.SequenceEqual(Live.AcknowledgedPerOption)
        && StoredBallots == Live.Acknowledged
        && Live.SawDifferentClose == 0;

    /// <summary>Every participant connected, joined and had its ballot acknowledged.</summary>
    public bool Complete => FloorConnect.Failed == 0 && LiveConnect.Failed == 0 && Live.Refused == 0 && Live.Acknowledged == Options.Participants;

    public bool Passed => TallyHolds && Complete;

    public bool MeetsTarget => Passed && Live.Latency.P95 < TargetP95Milliseconds;
}
