using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Hubs;

/// <summary>
/// Open hub connections per address on this node (<see cref="RateLimitOptions.HubConnectionsPerAddress"/>):
/// generous, since a whole room may share one Wi-Fi, but a single client cannot open thousands.
/// </summary>
internal sealed class HubConnectionCap(IOptions<RateLimitOptions> options)
{
    private const string ItemKey = "roadmap:address";

    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public bool TryOpen(HubCallerContext context)
    {
        var address = ClientAddress.Of(context.GetHttpContext());
        while (true)
        {
            var count = _open.GetValueOrDefault(address);
            if (count >= options.Value.HubConnectionsPerAddress)
            {
                return false;
            }

            if (count == 0 ? _open.TryAdd(address, 1) : _open.TryUpdate(address, count + 1, count))
            {
                context.Items[ItemKey] = address;
                return true;
            }
        }
    }

    /// <summary>How many connections from <paramref name="address"/> are open on this node.</summary>
    public int OpenFrom(string address) => _open.GetValueOrDefault(address);

    public void Closed(HubCallerContext context)
    {
        if (!context.Items.Remove(ItemKey, out var item) || item is not string address)
        {
            return;
        }

        while (_open.TryGetValue(address, out var count)
            && !(count <= 1 ? _open.TryRemove(KeyValuePair.Create(address, count)) : _open.TryUpdate(address, count - 1, count)))
        {
            // Another connection of the address changed the count meanwhile: read it again.
        }
    }
}
