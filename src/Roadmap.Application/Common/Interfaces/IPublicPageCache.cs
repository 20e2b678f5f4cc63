namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// The copies of public pages and API reads kept for anonymous visitors (docs/decisions/037-public-page-cache.md).
/// Dropped once a committed write may change what they show, on every node.
/// </summary>
public interface IPublicPageCache
{
    Task EvictAsync(CancellationToken cancellationToken);
}
