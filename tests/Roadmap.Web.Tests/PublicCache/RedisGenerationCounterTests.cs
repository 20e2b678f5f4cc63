using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Application.Common.Caching;
using Roadmap.Web.Infrastructure.PublicCache;
using Roadmap.Web.Infrastructure.Redis;
using StackExchange.Redis;

namespace Roadmap.Web.Tests.PublicCache;

/// <summary>
/// The generation two nodes share through Redis (decision 037), with two counters on one key as two nodes would
/// have. Needs ROADMAP_TEST_REDIS (test.sh starts Redis); skipped without it.
/// </summary>
public sealed class RedisGenerationCounterTests : IAsyncDisposable
{
    private readonly string? _redis = Environment.GetEnvironmentVariable("ROADMAP_TEST_REDIS");
    private readonly string _key = RedisGenerationCounter.KeyOf($"roadmap-test-{Guid.NewGuid():N}");
    private readonly List<IAsyncDisposable> _owned = [];

    [SkippableFact]
    public async Task AnEvictionOnOneNodeMovesTheOthersGeneration()
    {
        Skip.If(string.IsNullOrWhiteSpace(_redis), "ROADMAP_TEST_REDIS non défini : génération partagée ignorée (test.sh démarre Redis)");
        var (a, generationA) = await StartAsync();
        var (_, generationB) = await StartAsync();
        await WaitUntilAsync(() => generationA.Known && generationB.Known);

        await a.AdvanceAsync(CancellationToken.None);

        await WaitUntilAsync(() => generationB.Current == generationA.Current);
        Assert.True(generationA.Current > 0);
    }

    [SkippableFact]
    public async Task AnEvictionAfterRedisLostTheCounterStillMovesTheGeneration()
    {
        Skip.If(string.IsNullOrWhiteSpace(_redis), "ROADMAP_TEST_REDIS non défini : génération partagée ignorée (test.sh démarre Redis)");
        var (a, generationA) = await StartAsync();
        var (_, generationB) = await StartAsync();
        await WaitUntilAsync(() => generationA.Known && generationB.Known);
        for (var i = 0; i < 3; i++)
        {
            await a.AdvanceAsync(CancellationToken.None);
        }

        var before = generationA.Current;
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(_redis!))
        {
            await connection.GetDatabase().KeyDeleteAsync(_key);
        }

        await a.AdvanceAsync(CancellationToken.None);

        Assert.True(generationA.Current > before, $"{generationA.Current} > {before}");
        await WaitUntilAsync(() => generationB.Current == generationA.Current);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        if (!string.IsNullOrWhiteSpace(_redis))
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis);
            await connection.GetDatabase().KeyDeleteAsync(_key);
        }
    }

    private async Task<(RedisGenerationCounter Counter, PublicDataGeneration Generation)> StartAsync()
    {
        var redis = new SharedRedis(_redis!);
        _owned.Add(redis);
        var generation = new PublicDataGeneration();
        var counter = new RedisGenerationCounter(_key, redis, generation, NullLogger<RedisGenerationCounter>.Instance);
        _owned.Add(new Stopping(counter));
        await counter.StartAsync(CancellationToken.None);
        return (counter, generation);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }

    private sealed class Stopping(RedisGenerationCounter counter) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await counter.StopAsync(CancellationToken.None);
            counter.Dispose();
        }
    }
}
