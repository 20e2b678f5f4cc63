namespace Roadmap.Bench.LiveClient;

/// <summary>
/// The lines the bench host and this client exchange (one line each, a keyword then JSON). The host
/// writes commands on the client's standard input; the client answers on its standard output and
/// writes its progress on standard error.
/// </summary>
public static class LiveProtocol
{
    /// <summary>Client → host: the floor connections are open (payload: <see cref="ConnectReport"/>).</summary>
    public const string FloorConnected = "FLOOR-CONNECTED";

    /// <summary>Host → client: the floor broadcasts are over.</summary>
    public const string FloorStop = "FLOOR-STOP";

    /// <summary>Client → host: what the floor connections received; they are closed (payload: <see cref="FloorReport"/>).</summary>
    public const string FloorResult = "FLOOR-RESULT";

    /// <summary>Host → client: join the workshop.</summary>
    public const string LiveStart = "LIVE-START";

    /// <summary>Client → host: every participant joined (payload: <see cref="ConnectReport"/>).</summary>
    public const string LiveConnected = "LIVE-CONNECTED";

    /// <summary>Host → client: open the poll and vote.</summary>
    public const string LiveGo = "LIVE-GO";

    /// <summary>Client → host: latencies and the closed tally (payload: <see cref="LiveReport"/>).</summary>
    public const string LiveResult = "LIVE-RESULT";

    /// <summary>Host → client: drop every participant's connection at once, bring them back, then a second poll.</summary>
    public const string StormGo = "STORM-GO";

    /// <summary>Client → host: every participant is back, before the second poll (payload: the number back), so the host can read its CPU time then.</summary>
    public const string StormBack = "STORM-BACK";

    /// <summary>Client → host: how the participants came back and the second poll's tally (payload: <see cref="StormReport"/>).</summary>
    public const string StormResult = "STORM-RESULT";

    /// <summary>The floor hub's path and its one event, sent by the host.</summary>
    public const string FloorPath = "/hubs/bench-floor";
    public const string FloorEvent = "Floor";

    /// <summary>The facilitator's bearer token reaches the client in this environment variable, not on its command line.</summary>
    public const string TokenVariable = "ROADMAP_BENCH_FACILITATOR_TOKEN";
}

/// <summary>What the floor hub broadcasts: a sequence number and the host's <c>Stopwatch</c> timestamp at sending.</summary>
public sealed record FloorMessage(long Sequence, long SentAt);

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max);

public sealed record ConnectReport(int Connected, int Failed, double Seconds, Percentiles PerConnection);

public sealed record FloorReport(long Broadcasts, long Received, long Expected, Percentiles Latency);

/// <summary>
/// The live phase as the participants saw it; <see cref="Acknowledged"/> is what the closed tally must
/// equal. <see cref="Latency"/> runs from sending the ballot, <see cref="LatencyFromAcknowledgement"/>
/// from its acknowledgement; <see cref="Crossed"/> participants got the results before the acknowledgement.
/// </summary>
public sealed record LiveReport(
    int Participants,
    int Acknowledged,
    int Refused,
    double VotingSeconds,
    Percentiles Latency,
    Percentiles LatencyFromAcknowledgement,
    Percentiles BallotRoundTrip,
    int Crossed,
    int WithoutResults,
    long MessagesReceived,
    IReadOnlyDictionary<string, long> ReceivedByEvent,
    IReadOnlyList<int> AcknowledgedPerOption,
    int ClosedBallots,
    IReadOnlyList<int> ClosedPerOption,
    int SawClosed,
    int SawDifferentClose,
    IReadOnlyList<string> Errors);

/// <summary>
/// The reconnect storm: <see cref="Dropped"/> connections aborted at once, then each participant
/// reconnected with its guest token, joined again and read the room (<c>GetState</c>).
/// <see cref="RecoveredSeconds"/> runs from the abort to the last participant back with a state that
/// matches (same identity, present, the first poll closed with the final tally and their own ballot);
/// <see cref="Stale"/> came back with a state that did not. <see cref="ServerPresent"/> is the room's
/// presence count read by the facilitator once everyone was back (<see cref="PresenceSeconds"/> from
/// the abort). Then a second poll, every participant voting at once.
/// </summary>
public sealed record StormReport(
    int Dropped,
    int Returned,
    int Failed,
    int Stale,
    double RecoveredSeconds,
    Percentiles PerReturn,
    int ServerPresent,
    int ExpectedPresent,
    double PresenceSeconds,
    int FirstPollBallotsAfter,
    int SecondAcknowledged,
    int SecondRefused,
    IReadOnlyList<int> SecondAcknowledgedPerOption,
    int SecondClosedBallots,
    IReadOnlyList<int> SecondClosedPerOption,
    int SawSecondClosed,
    int SawDifferentSecondClose,
    IReadOnlyList<string> Errors);
