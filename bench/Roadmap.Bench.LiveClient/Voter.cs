using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roadmap.Bench.LiveClient;

/// <summary>
/// One participant's connection. It records when it sent its ballot, when the ballot was acknowledged
/// and how many ballots the room had acknowledged by then (k), and every <c>PollResults</c> it received
/// after sending: its vote-to-results latency ends at the first of those whose tally counts at least k.
/// </summary>
internal sealed class Voter(HubConnection connection, LiveCounters counters)
{
    private readonly Lock _lock = new();
    private readonly List<(long At, int Ballots)> _results = [];
    private readonly TaskCompletionSource<JsonElement> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<JsonElement> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _resolved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sentAt;
    private long _acknowledgedAt;
    private int _threshold = int.MaxValue;

    public HubConnection Connection { get; } = connection;

    /// <summary>The node this participant was sent to in the two-node mode (« a », « b »), null otherwise.</summary>
    public string? Node { get; init; }

    public Task<JsonElement> Opened => _opened.Task;

    public Task<JsonElement> Closed => _closed.Task;

    /// <summary>Completes once a tally of at least k ballots reached this participant.</summary>
    public Task Resolved => _resolved.Task;

    public void Listen()
    {
        foreach (var name in LiveCounters.Events)
        {
            Connection.On<JsonElement>(name, payload => Received(name, payload));
        }
    }

    public void Sending()
    {
        lock (_lock)
        {
            _sentAt = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>The ballot was acknowledged while <paramref name="acknowledged"/> ballots (its own included) had been.</summary>
    public void Acknowledged(int acknowledged)
    {
        lock (_lock)
        {
            _acknowledgedAt = Stopwatch.GetTimestamp();
            _threshold = acknowledged;
            if (_results.Any(r => r.Ballots >= acknowledged))
            {
                _resolved.TrySetResult();
            }
        }
    }

    /// <summary>Null when no qualifying results arrived (or the ballot was not acknowledged).</summary>
    public VoterTimes? Times()
    {
        lock (_lock)
        {
            var first = _results.FirstOrDefault(r => r.Ballots >= _threshold);
            if (_acknowledgedAt == 0 || first.At == 0)
            {
                return null;
            }

            return new VoterTimes(
                Stats.Milliseconds(first.At - _sentAt),
                Stats.Milliseconds(Math.Max(0, first.At - _acknowledgedAt)),
                Stats.Milliseconds(_acknowledgedAt - _sentAt),
                first.At < _acknowledgedAt);
        }
    }

    private void Received(string name, JsonElement payload)
    {
        counters.Count(name);
        switch (name)
        {
            case "PollOpened":
                _opened.TrySetResult(payload);
                break;
            case "PollClosed":
                _closed.TrySetResult(payload);
                break;
            case "PollResults":
                var ballots = payload.GetProperty("ballots").GetInt32();
                lock (_lock)
                {
                    if (_sentAt != 0)
                    {
                        _results.Add((Stopwatch.GetTimestamp(), ballots));
                    }

                    if (ballots >= _threshold)
                    {
                        _resolved.TrySetResult();
                    }
                }

                break;
        }
    }
}

/// <summary>Milliseconds from sending the ballot and from its acknowledgement to the first results counting it, and the call's round trip.</summary>
internal sealed record VoterTimes(double FromSend, double FromAcknowledgement, double RoundTrip, bool ResultsBeforeAcknowledgement);
