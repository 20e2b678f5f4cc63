namespace Roadmap.Application.Common.Caching;

/// <summary>
/// The number of the public data's latest eviction this node knows of (docs/decisions/037-public-page-cache.md).
/// It moves on every committed write a public page or read may show, on this node at once and on the others as soon
/// as they hear of it. Whatever is kept for everyone is kept under the generation read when its reading began: a
/// copy begun before an eviction carries an older number and is never served once the new one is known.
/// </summary>
public sealed class PublicDataGeneration
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    /// <summary>A write of this node, when no other node counts with it.</summary>
    public long Advance() => Interlocked.Increment(ref _current);

    /// <summary>A number counted by every node (Redis): kept if it is later than the one known.</summary>
    public void Observe(long shared)
    {
        var known = Interlocked.Read(ref _current);
        while (shared > known)
        {
            var seen = Interlocked.CompareExchange(ref _current, shared, known);
            if (seen == known)
            {
                return;
            }

            known = seen;
        }
    }
}
