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
        catch (Exception ex) when (IsUnavailable(ex))
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
        catch (Exception ex) when (IsUnavailable(ex))
        {
            LogUnavailable(logger, ex);
        }
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    /// <summary>Redis refused or timed out; a scan's failure arrives wrapped in an <see cref="AggregateException"/>.</summary>
    internal static bool IsUnavailable(Exception exception) => exception switch
    {
        RedisException or TimeoutException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsUnavailable),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared page cache is unavailable: the page is rendered without it")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
