namespace Roadmap.Web.Infrastructure.PublicCache;

/// <summary>
/// Counts this node's evictions. A response whose rendering began before an eviction may hold what the evicted
/// write changed, so <see cref="PublicPagePolicy"/> does not keep it.
/// </summary>
internal sealed class PublicPageGeneration
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Advance() => Interlocked.Increment(ref _current);
}
