using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>
/// The Redis store of the public page cache, made to fail open: while Redis is unreachable a lookup is a miss and
/// a copy is not kept, so pages are rendered as if no cache existed instead of failing.
/// </summary>
internal sealed partial class FailSafeOutputCacheStore(IOutputCacheStore inner, ILogger<FailSafeOutputCacheStore> logger) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogUnavailable(logger, ex);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogUnavailable(logger, ex);
        }
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared page cache is unavailable: the page is rendered without it")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
