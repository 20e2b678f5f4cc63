using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Roadmap.Bench.Live;

/// <summary>
/// The WebSocket connections one node is serving right now, counted in front of the app's pipeline by the bench host
/// (the node's own side of « how were the participants spread? »).
/// </summary>
internal sealed class NodeConnections(string name) : IStartupFilter
{
    private int _open;

    public string Name => name;

    public int Open => Volatile.Read(ref _open);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            // Ahead of the hub's own WebSocket middleware: the upgrade request is recognised by its header.
            if (!string.Equals(context.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase))
            {
                await following();
                return;
            }

            Interlocked.Increment(ref _open);
            try
            {
                await following();
            }
            finally
            {
                Interlocked.Decrement(ref _open);
            }
        });
        next(app);
    };
}
