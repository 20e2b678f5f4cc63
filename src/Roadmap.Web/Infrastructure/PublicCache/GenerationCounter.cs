using Roadmap.Application.Common.Caching;

namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>Moves the <see cref="PublicDataGeneration"/> on an eviction, on this node and on the others.</summary>
internal interface IGenerationCounter
{
    Task AdvanceAsync(CancellationToken cancellationToken);
}

/// <summary>One node alone: its own count.</summary>
internal sealed class LocalGenerationCounter(PublicDataGeneration generation) : IGenerationCounter
{
    public Task AdvanceAsync(CancellationToken cancellationToken)
    {
        generation.Advance();
        return Task.CompletedTask;
    }
}
