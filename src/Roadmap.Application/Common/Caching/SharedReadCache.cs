using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Roadmap.Application.Common.Metrics;

namespace Roadmap.Application.Common.Caching;

/// <summary>
/// The answers of <see cref="ISharedRead{TResponse}"/> kept on this node (docs/decisions/039-shared-read-cache.md),
/// under the read and the <see cref="PublicDataGeneration"/> taken before it ran: after a committed write the next
/// read misses, and an answer begun before that write is stored under the older number, never served again. Each
/// lives <see cref="Lifetime"/> at most (for what changes with time alone). Sizes are counted in bytes of JSON, read
/// and answer together: <see cref="Capacity"/> in all, no entry above <see cref="MaximumEntrySize"/> (such an answer
/// is computed each time). Concurrent misses of one key each run the read. While the generation is not
/// <see cref="PublicDataGeneration.Known"/> (a node cut from the others' count) nothing is read from or kept here.
/// </summary>
public sealed class SharedReadCache(PublicDataGeneration generation, RoadmapMetrics metrics) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public const long Capacity = 32 * 1024 * 1024;

    public const long MaximumEntrySize = 1024 * 1024;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25, TrackStatistics = true });

    /// <summary>What is kept now, as counted (bytes of JSON).</summary>
    public long Size => _entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public async Task<TResponse> GetOrRunAsync<TResponse>(ISharedRead<TResponse> read, Func<Task<TResponse>> run)
    {
        if (!generation.Known)
        {
            return await run();
        }

        var key = new Key(read, generation.Current);
        if (_entries.TryGetValue(key, out var kept) && kept is Answer<TResponse> answer)
        {
            metrics.SharedReadFromCache();
            return answer.Value;
        }

        var response = await run();
        metrics.SharedReadRun();
        if (generation.Known && SizeOf(read, response) is { } size && size <= MaximumEntrySize)
        {
            _entries.Set(key, new Answer<TResponse>(response), new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return response;
    }

    public void Dispose() => _entries.Dispose();

    /// <summary>Null when either cannot be written as JSON: such an answer is not kept.</summary>
    private static long? SizeOf(object read, object? response)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(read, read.GetType()).LongLength
                + (response is null ? 0 : JsonSerializer.SerializeToUtf8Bytes(response, response.GetType()).LongLength);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads are records: equal values, equal keys; two types of read never share one.</summary>
    private sealed record Key(object Read, long Generation);

    /// <summary>Wraps the answer so a kept null is told from a missing entry.</summary>
    private sealed record Answer<TResponse>(TResponse Value);
}

/// <summary>How a handler asks for a shared piece: through the cache when the host keeps one.</summary>
internal static class SharedReads
{
    public static Task<TResponse> ReadAsync<TResponse>(this SharedReadCache? cache, ISharedRead<TResponse> read, Func<Task<TResponse>> run) =>
        cache is null ? run() : cache.GetOrRunAsync(read, run);
}
