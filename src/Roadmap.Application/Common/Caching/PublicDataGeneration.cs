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
    private volatile bool _known = true;

    public long Current => Interlocked.Read(ref _current);

    /// <summary>
    /// False while this node may have missed other nodes' evictions (their shared count unreachable): nothing kept
    /// for everyone is read or kept meanwhile.
    /// </summary>
    public bool Known => _known;

    /// <summary>A write of this node, when no other node counts with it.</summary>
    public long Advance() => Interlocked.Increment(ref _current);

    /// <summary>The shared count is out of reach: other nodes' evictions may go unheard until it is read again.</summary>
    public void Lose() => _known = false;

    /// <summary>The count every node shares, read or heard: kept if it is later than the one known.</summary>
    public void Observe(long shared)
    {
        var known = Interlocked.Read(ref _current);
        while (shared > known)
        {
            var seen = Interlocked.CompareExchange(ref _current, shared, known);
            if (seen == known)
            {
                break;
            }

            known = seen;
        }

        _known = true;
    }
}
