using System.Globalization;
using Microsoft.Extensions.Options;
using Roadmap.Web.Infrastructure.Redis;
using StackExchange.Redis;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Tells the other nodes what changed in a room (<c>SignalR:Redis</c> set), so that each marks it in its own
/// <see cref="LiveCoalescer"/> and sends it to its own connections (<see cref="LiveNode"/>): one <c>PollResults</c> per
/// participant and tick, where each node used to send its tally to the whole room (two messages to everyone while both
/// nodes took ballots, issue 14). A mark is published as it is made (after the commit), fire and forget; a node that
/// misses one (Redis away) sends that room's next change, and the closing results go out with <c>PollClosed</c> anyway.
/// Alone, a node relays nothing.
/// </summary>
internal sealed partial class LiveMarkRelay(LiveNode node, LiveCoalescer coalescer, IOptions<RealtimeOptions> options, ILogger<LiveMarkRelay> logger, SharedRedis? redis = null)
    : BackgroundService
{
    /// <summary>How often a node that could not subscribe tries again.</summary>
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    /// <summary>Kind (1 character), workshop, key (32 hex digits each), sending node (32 hex digits).</summary>
    private const int Length = 1 + (3 * 32);

    private readonly RedisChannel _channel = RedisChannel.Literal($"{options.Value.RedisPrefix}-live:marks");
    private volatile ISubscriber? _subscriber;

    /// <summary>Set by a failed relay, cleared by the next that goes: an outage is logged once, not once per ballot.</summary>
    private volatile bool _failing;

    /// <summary>Whether this node hears the other nodes' marks (and relays its own).</summary>
    public bool Listening => _subscriber is not null;

    public void Relay(LiveMark mark, Guid workshopId, Guid key)
    {
        if (_subscriber is not { } subscriber)
        {
            return;
        }

        try
        {
            subscriber.Publish(_channel, Message(mark, workshopId, key, node.Id), CommandFlags.FireAndForget);
            _failing = false;
        }
        catch (RedisException ex)
        {
            if (!_failing)
            {
                _failing = true;
                NotRelayed(logger, ex);
            }
        }
    }

    /// <summary>Subscribes before the node takes its first connection when Redis answers; else keeps trying.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis is not null)
        {
            await TrySubscribeAsync(await redis.ConnectionAsync().WaitAsync(cancellationToken));
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (redis is null)
        {
            return;
        }

        var connection = await redis.ConnectionAsync().WaitAsync(stoppingToken);
        while (!await TrySubscribeAsync(connection))
        {
            await Task.Delay(RetryEvery, stoppingToken);
        }
    }

    private async Task<bool> TrySubscribeAsync(IConnectionMultiplexer connection)
    {
        if (_subscriber is not null)
        {
            return true;
        }

        try
        {
            var subscriber = connection.GetSubscriber();
            await subscriber.SubscribeAsync(_channel, (_, message) => Heard(message));
            _subscriber = subscriber;
            return true;
        }
        catch (RedisException ex)
        {
            NotSubscribed(logger, ex);
            return false;
        }
    }

    private static string Message(LiveMark mark, Guid workshopId, Guid key, string nodeId) =>
        string.Create(CultureInfo.InvariantCulture, $"{(char)mark}{workshopId:N}{key:N}{nodeId}");

    private void Heard(RedisValue value)
    {
        var message = (string?)value;
        if (message is not { Length: Length }
            || message.AsSpan(65).SequenceEqual(node.Id)
            || !Guid.TryParseExact(message.AsSpan(1, 32), "N", out var workshopId)
            || !Guid.TryParseExact(message.AsSpan(33, 32), "N", out var key))
        {
            return;
        }

        coalescer.Mark((LiveMark)message[0], workshopId, key);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room changes cannot be relayed to the other nodes (Redis): their participants get them with the next change relayed")]
    private static partial void NotRelayed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot hear the other nodes' room changes yet (Redis): trying again every second")]
    private static partial void NotSubscribed(ILogger logger, Exception exception);
}
