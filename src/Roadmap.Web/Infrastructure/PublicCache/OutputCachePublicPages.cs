using Roadmap.Application.Common.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>
/// Evicts the kept public pages from the output cache's store — in memory, or Redis, shared by the nodes, when
/// <c>SignalR:Redis</c> is set. A page another node was rendering while the write committed could be stored just
/// after the eviction, so the tag is evicted a second time <see cref="Straggle"/> later; on this node the
/// generation already stops such a page from being kept.
/// </summary>
internal sealed partial class OutputCachePublicPages(
    IOutputCacheStore store, PublicDataGeneration generation, TimeProvider clock, ILogger<OutputCachePublicPages> logger) : IPublicPageCache
{
    /// <summary>Longer than a page takes to render under load.</summary>
    public static readonly TimeSpan Straggle = TimeSpan.FromSeconds(5);

    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        generation.Advance();
        await EvictStoreAsync(cancellationToken);
        _ = EvictStragglersAsync();
    }

    private async Task EvictStragglersAsync()
    {
        await Task.Delay(Straggle, clock);
        await EvictStoreAsync(CancellationToken.None);
    }

    private async Task EvictStoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.EvictByTagAsync(PublicPagePolicy.Tag, cancellationToken);
        }
        catch (Exception ex) when (FailSafeOutputCacheStore.IsUnavailable(ex))
        {
            LogEvictionFailed(logger, ex, PublicPagePolicy.Lifetime.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Public pages could not be evicted from the shared cache; other nodes may show the old content for up to {Seconds} s")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception, double seconds);
}
