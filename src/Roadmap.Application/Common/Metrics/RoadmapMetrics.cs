using System.Diagnostics.Metrics;
using Roadmap.Application.Common.Mail;

namespace Roadmap.Application.Common.Metrics;

/// <summary>
/// The app's own metrics, meter « Roadmap » (docs/decisions/035-metrics-and-health.md): one singleton per
/// host, whose meter ends with it. Without a listener (no <c>Management:Port</c>) each call costs nothing.
/// </summary>
public sealed class RoadmapMetrics : IDisposable
{
    public const string MeterName = "Roadmap";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _ballots;
    private readonly Histogram<int> _ballotBatchSizes;
    private readonly Histogram<double> _ballotBatchDurations;
    private readonly UpDownCounter<long> _hubConnections;
    private readonly Counter<long> _publicPages;
    private readonly Counter<long> _sharedReads;

    public RoadmapMetrics(OutboxBacklog outbox)
    {
        _ballots = _meter.CreateCounter<long>("roadmap.ballots", "{ballot}", "Ballots recorded in live polls; a changed vote counts again");
        _ballotBatchSizes = _meter.CreateHistogram("roadmap.ballot_batch.size", "{ballot}",
            "Ballots written together in one transaction (decision 043); batches grow when each write takes longer",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500] });
        _ballotBatchDurations = _meter.CreateHistogram("roadmap.ballot_batch.duration", "s",
            "Wall time of one ballot batch's write, which a poll's next batch waits for: their sum over a vote is how busy its writes kept it",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });
        _hubConnections = _meter.CreateUpDownCounter<long>("roadmap.hub.connections", "{connection}", "Open connections to the workshop hub on this node");
        _publicPages = _meter.CreateCounter<long>("roadmap.public_pages", "{response}",
            "Anonymous reads of cacheable public pages and API: cache=hit served a kept copy, cache=miss rendered one (hit ratio = hit / (hit + miss))");
        _sharedReads = _meter.CreateCounter<long>("roadmap.shared_reads", "{read}",
            "Reads whose answer is the same for every caller: cache=hit answered from the kept copy, cache=miss ran the read");
        _meter.CreateObservableGauge("roadmap.outbox.pending", outbox.Observe, "{mail}", "Mails waiting in the outbox (not sent, not given up), counted at most every 15 s");
    }

    /// <summary>This host's meter (for tests: the instruments of one host among others in a process).</summary>
    internal Meter Meter => _meter;

    public void BallotRecorded() => _ballots.Add(1);

    /// <summary>One ballot batch written (or refused), with its voters and how long its write took.</summary>
    public void BallotBatchWritten(int voters, TimeSpan took)
    {
        _ballotBatchSizes.Record(voters);
        _ballotBatchDurations.Record(took.TotalSeconds);
    }

    public void HubConnected() => _hubConnections.Add(1);

    public void HubDisconnected() => _hubConnections.Add(-1);

    public void PublicPageFromCache() => _publicPages.Add(1, new KeyValuePair<string, object?>("cache", "hit"));

    public void PublicPageRendered() => _publicPages.Add(1, new KeyValuePair<string, object?>("cache", "miss"));

    public void SharedReadFromCache() => _sharedReads.Add(1, new KeyValuePair<string, object?>("cache", "hit"));

    public void SharedReadRun() => _sharedReads.Add(1, new KeyValuePair<string, object?>("cache", "miss"));

    public void Dispose() => _meter.Dispose();
}
