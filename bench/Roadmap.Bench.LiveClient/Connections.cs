using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roadmap.Bench.LiveClient;

/// <summary>Opens many hub connections over WebSockets only, without the negotiate round trip, a bounded number at a time.</summary>
internal static class Connections
{
    /// <summary>The facilitator's connection (the .NET client); <paramref name="route"/> is what the two-node mode adds (<see cref="NodeRoute"/>).</summary>
    public static HubConnection Build(Uri hub, string accessToken, Action<HttpConnectionOptions> route)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(hub + "?access_token=" + Uri.EscapeDataString(accessToken)), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                route(o);
            })
            .Build();
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        connection.HandshakeTimeout = TimeSpan.FromMinutes(1);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="open"/> for each index (start + whatever must follow, such as Join), at most
    /// <paramref name="concurrency"/> at once; returns the ones that succeeded and the timing of each.
    /// </summary>
    public static async Task<(List<T> Opened, ConnectReport Report, List<string> Errors)> OpenManyAsync<T>(int count, int concurrency, Func<int, Task<T>> open)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var opened = new T?[count];
        var durations = new double[count];
        var errors = new List<string>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            var start = Stopwatch.GetTimestamp();
            try
            {
                opened[i] = await open(i);
            }
            catch (Exception ex)
            {
                lock (errors)
                {
                    errors.Add($"connexion {i} : {ex.GetType().Name} {ex.Message}");
                }
            }
            finally
            {
                durations[i] = Stats.Milliseconds(Stopwatch.GetTimestamp() - start);
                gate.Release();
            }
        }));
        var ok = opened.Where(o => o is not null).Select(o => o!).ToList();
        var report = new ConnectReport(ok.Count, count - ok.Count, watch.Elapsed.TotalSeconds,
            Stats.Of(durations.Where((_, i) => opened[i] is not null)));
        return (ok, report, errors);
    }
}
