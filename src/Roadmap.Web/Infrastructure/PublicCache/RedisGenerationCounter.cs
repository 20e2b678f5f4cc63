using Roadmap.Application.Common.Caching;
using Roadmap.Web.Infrastructure.Redis;
using StackExchange.Redis;

namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>
/// The generation every node shares (docs/decisions/037-public-page-cache.md): an eviction increments a counter in
/// Redis and publishes the new number; each node keeps the highest number it has read or heard. Until this node has
/// read the counter — at start, and again after losing Redis, when it may have missed messages — the generation is
/// not <see cref="PublicDataGeneration.Known"/> and nothing kept for everyone is used. An eviction that could not be
/// counted is counted once Redis answers again, before the node trusts its generation.
/// </summary>
internal sealed partial class RedisGenerationCounter(string key, SharedRedis redis, PublicDataGeneration generation, ILogger<RedisGenerationCounter> logger)
    : BackgroundService, IGenerationCounter
{
    /// <summary>How often a node that lost the count tries to read it again.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    private readonly RedisKey _key = key;
    private readonly RedisChannel _channel = RedisChannel.Literal(key);

    private readonly SemaphoreSlim _catchingUp = new(1, 1);
    private volatile bool _owed;
    private bool _subscribed;

    /// <summary>The counter's key, also the channel its numbers are published on.</summary>
    public static string KeyOf(string prefix) => $"{prefix}-pages:generation";

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        generation.Lose();
        return base.StartAsync(cancellationToken);
    }

    public async Task AdvanceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await redis.ConnectionAsync();
            await CountAsync(connection);
        }
        catch (Exception ex) when (FailSafeOutputCacheStore.IsUnavailable(ex))
        {
            _owed = true;
            generation.Lose();
            LogNotCounted(logger, ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connection = await redis.ConnectionAsync().WaitAsync(stoppingToken);
        connection.ConnectionFailed += (_, _) => generation.Lose();
        connection.ConnectionRestored += (_, _) => _ = CatchUpAsync(connection);
        using var timer = new PeriodicTimer(RetryEvery);
        do
        {
            if (!generation.Known)
            {
                await CatchUpAsync(connection);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CatchUpAsync(IConnectionMultiplexer connection)
    {
        await _catchingUp.WaitAsync();
        try
        {
            if (!_subscribed)
            {
                await connection.GetSubscriber().SubscribeAsync(_channel, (_, message) =>
                {
                    if (message.TryParse(out long heard))
                    {
                        generation.Observe(heard);
                    }
                });
                _subscribed = true;
            }

            if (_owed)
            {
                await CountAsync(connection);
                _owed = false;
                return;
            }

            var value = await connection.GetDatabase().StringGetAsync(_key);
            generation.Observe(value.TryParse(out long read) ? read : 0);
        }
        catch (Exception ex) when (FailSafeOutputCacheStore.IsUnavailable(ex))
        {
            generation.Lose();
            LogUnavailable(logger, ex);
        }
        finally
        {
            _catchingUp.Release();
        }
    }

    /// <summary>
    /// Moves the count past every number this node knows: a Redis restarted empty starts the counter again from 0,
    /// and an eviction that left the number where it was would let the copies under it be served.
    /// </summary>
    private async Task CountAsync(IConnectionMultiplexer connection)
    {
        var database = connection.GetDatabase();
        var value = await database.StringIncrementAsync(_key);
        var known = generation.Current;
        if (value <= known)
        {
            value = await database.StringIncrementAsync(_key, known - value + 1);
        }

        generation.Observe(value);
        await connection.GetSubscriber().PublishAsync(_channel, value);
    }

    public override void Dispose()
    {
        _catchingUp.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An eviction of the public pages could not be counted in Redis: other nodes may show the old content until it answers again (60 s at most)")]
    private static partial void LogNotCounted(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The public data's shared generation cannot be read: pages are rendered without the cache until Redis answers")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
