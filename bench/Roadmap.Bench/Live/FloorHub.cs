using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Roadmap.Bench.LiveClient;

namespace Roadmap.Bench.Live;

/// <summary>
/// The floor of the live benchmark: a hub with nothing in it, mapped only in the bench host, in the
/// same app (same Kestrel, SignalR options, JSON protocol and filters). The host broadcasts a
/// timestamped message to all its connections; no database, no coalescing.
/// </summary>
internal sealed class FloorHub : Hub;

/// <summary>Maps <see cref="FloorHub"/> in front of the app's own pipeline; other paths fall through to the app.</summary>
internal sealed class FloorHubStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseRouting();
        app.UseEndpoints(endpoints => endpoints.MapHub<FloorHub>(LiveProtocol.FloorPath));
        next(app);
    };
}

/// <summary>Broadcasts one <see cref="FloorMessage"/> every period until the duration is over; returns how many.</summary>
internal static class FloorBroadcaster
{
    public static async Task<long> RunAsync(IHubContext<FloorHub> hub, TimeSpan duration, TimeSpan period, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(period);
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long sent = 0;
        while (Stopwatch.GetTimestamp() < deadline && await timer.WaitForNextTickAsync(cancellationToken))
        {
            await hub.Clients.All.SendAsync(LiveProtocol.FloorEvent, new FloorMessage(sent, Stopwatch.GetTimestamp()), cancellationToken);
            sent++;
        }

        return sent;
    }
}
