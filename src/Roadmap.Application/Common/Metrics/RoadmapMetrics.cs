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
    private readonly UpDownCounter<long> _hubConnections;

    public RoadmapMetrics(OutboxBacklog outbox)
    {
        _ballots = _meter.CreateCounter<long>("roadmap.ballots", "{ballot}", "Ballots recorded in live polls; a changed vote counts again");
        _hubConnections = _meter.CreateUpDownCounter<long>("roadmap.hub.connections", "{connection}", "Open connections to the workshop hub on this node");
        _meter.CreateObservableGauge("roadmap.outbox.pending", outbox.Observe, "{mail}", "Mails waiting in the outbox (not sent, not given up), counted at most every 15 s");
    }

    public void BallotRecorded() => _ballots.Add(1);

    public void HubConnected() => _hubConnections.Add(1);

    public void HubDisconnected() => _hubConnections.Add(-1);

    public void Dispose() => _meter.Dispose();
}
