using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>Stands for the web app's page cache: a committed write that evicts the pages advances the generation, as there.</summary>
internal sealed class AdvancingPublicPages(PublicDataGeneration generation) : IPublicPageCache
{
    public Task EvictAsync(CancellationToken cancellationToken)
    {
        generation.Advance();
        return Task.CompletedTask;
    }
}
