using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Roadmap.Web.Realtime;

namespace Roadmap.Web.Hubs;

/// <summary>Per-connection limits on the methods people could flood (ideas, reactions, ballots, upvotes, joins).</summary>
internal sealed class HubRateLimiter(IOptions<RealtimeOptions> options, TimeProvider clock)
{
    private const string ItemKey = "roadmap:rate-limits";

    public bool TryAcquire(HubCallerContext context, string method)
    {
        if (!options.Value.RateLimits.TryGetValue(method, out var limit))
        {
            return true;
        }

        var buckets = (ConcurrentDictionary<string, TokenBucket>)context.Items.GetOrAdd(ItemKey, () => new ConcurrentDictionary<string, TokenBucket>(StringComparer.Ordinal));
        return buckets.GetOrAdd(method, _ => new TokenBucket(limit.Burst, limit.PerMinute, clock)).TryTake();
    }
}

internal static class ItemsExtensions
{
    public static object GetOrAdd(this IDictionary<object, object?> items, object key, Func<object> create)
    {
        if (items.TryGetValue(key, out var existing) && existing is not null)
        {
            return existing;
        }

        var created = create();
        items[key] = created;
        return created;
    }
}
