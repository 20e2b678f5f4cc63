using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace Roadmap.Bench.LiveClient;

/// <summary>
/// One participant's connection. It records when it sent its ballot, when the ballot was acknowledged
/// and how many ballots the room had acknowledged by then (k), and every <c>PollResults</c> it received
/// after sending: its vote-to-results latency ends at the first of those whose tally counts at least k.
/// </summary>
internal sealed class Voter
{
    private readonly LiveCounters _counters;
    private readonly Lock _lock = new();
    private readonly List<(long At, int Ballots)> _results = [];
    private readonly TaskCompletionSource<JsonElement> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<JsonElement> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _resolved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sentAt;
    private long _acknowledgedAt;
    private int _threshold = int.MaxValue;
    private readonly Uri _hub;
    private readonly Action<ClientWebSocketOptions> _socket;
    private WireConnection? _connection;

    private Voter(Uri hub, LiveCounters counters, Action<ClientWebSocketOptions> socket, string? node)
    {
        _hub = hub;
        _counters = counters;
        _socket = socket;
        Node = node;
    }

    /// <summary>The participant's connection, once <see cref="JoinAsync"/> opened it.</summary>
    public WireConnection Connection => _connection ?? throw new InvalidOperationException("Participant·e pas encore connecté·e.");

    /// <summary>Who the participant is in the room once joined: what a reconnect must find again.</summary>
    public Identity? Joined { get; private set; }

    /// <summary>The option of the acknowledged ballot, if any.</summary>
    public int? Option { get; private set; }

    /// <summary>The node this participant was sent to in the two-node mode (« a », « b »), null otherwise.</summary>
    public string? Node { get; }

    public Task<JsonElement> Opened => _opened.Task;

    public Task<JsonElement> Closed => _closed.Task;

    /// <summary>Completes once a tally of at least k ballots reached this participant.</summary>
    public Task Resolved => _resolved.Task;

    /// <summary>
    /// A participant listening to every room event; <paramref name="hub"/> carries the guest token when coming back,
    /// <paramref name="socket"/> and <paramref name="node"/> send it to one node in the two-node mode.
    /// </summary>
    public static Voter Listening(Uri hub, LiveCounters counters, Action<ClientWebSocketOptions> socket, string? node = null) => new(hub, counters, socket, node);

    public async Task JoinAsync(string joinCode, string name, CancellationToken cancellationToken)
    {
        _connection = await WireConnection.ConnectAsync(_hub, _socket, Received, cancellationToken);
        var joined = await _connection.InvokeAsync("Join", [joinCode, name], cancellationToken);
        Joined = new Identity(name, joined.GetProperty("participantKey").GetString()!, joined.GetProperty("guestToken").GetString()!);
    }

    /// <summary>Drops the connection as a network failure would: no closing handshake.</summary>
    public void Abort() => _connection?.Abort();

    public void Sending()
    {
        lock (_lock)
        {
            _sentAt = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>The ballot was acknowledged while <paramref name="acknowledged"/> ballots (its own included) had been.</summary>
    public void Acknowledged(int acknowledged, int option)
    {
        lock (_lock)
        {
            Option = option;
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
        _counters.Count(name);
        switch (name)
        {
            case "PollOpened":
                _opened.TrySetResult(payload.Clone());
                break;
            case "PollClosed":
                _closed.TrySetResult(payload.Clone());
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

/// <summary>A guest's name, key in the room and token (which brings them back as the same guest).</summary>
internal sealed record Identity(string Name, string ParticipantKey, string GuestToken);
