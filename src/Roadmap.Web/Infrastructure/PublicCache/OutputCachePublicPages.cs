using Microsoft.AspNetCore.OutputCaching;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>
/// Evicts the kept public pages: the generation moves first, on every node (<see cref="IGenerationCounter"/>), so
/// no copy begun before the write is served again — the generation is part of each copy's key; then the store drops
/// the tagged copies to free their room at once rather than at their expiry.
/// </summary>
internal sealed partial class OutputCachePublicPages(IOutputCacheStore store, IGenerationCounter generation, ILogger<OutputCachePublicPages> logger) : IPublicPageCache
{
    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        await generation.AdvanceAsync(cancellationToken);
        try
        {
            await store.EvictByTagAsync(PublicPagePolicy.Tag, cancellationToken);
        }
        catch (Exception ex) when (FailSafeOutputCacheStore.IsUnavailable(ex))
        {
            LogNotFreed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared cache's old copies of the public pages could not be dropped; they expire by themselves")]
    private static partial void LogNotFreed(ILogger logger, Exception exception);
}
