using System.Diagnostics;

namespace Roadmap.Bench.LiveClient;

/// <summary>
/// The floor: N connections to a bare hub of the same app that only broadcasts a timestamped message
/// to everyone. Latency is from the host's send (its <c>Stopwatch</c> timestamp, a machine-wide
/// monotonic clock) to the receipt here.
/// </summary>
internal static class FloorPhase
{
    public static async Task RunAsync(ClientOptions options, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(options.Participants * 64);
        var sequences = new HashSet<long>();
        var (connections, report, errors) = await Connections.OpenManyAsync(options.Participants, options.Concurrency, async i =>
        {
            var floor = new Uri(options.Url, LiveProtocol.FloorPath);
            return await WireConnection.ConnectAsync(floor, options.Socket(floor, options.NodeOf(i)), (name, message) =>
            {
                if (name != LiveProtocol.FloorEvent)
                {
                    return;
                }

                var took = Stats.Milliseconds(Stopwatch.GetTimestamp() - message.GetProperty("sentAt").GetInt64());
                lock (latencies)
                {
                    latencies.Add(took);
                    sequences.Add(message.GetProperty("sequence").GetInt64());
                }
            }, cancellationToken);
        });
        errors.Take(5).ToList().ForEach(HostChannel.Progress);
        HostChannel.Progress($"plancher : {report.Connected} connexions ouvertes en {report.Seconds:0.0} s");
        HostChannel.Send(LiveProtocol.FloorConnected, report);

        await HostChannel.ExpectAsync(LiveProtocol.FloorStop, cancellationToken);
        await Task.Delay(500, cancellationToken); // the last broadcast is still on its way
        FloorReport result;
        lock (latencies)
        {
            result = new FloorReport(sequences.Count, latencies.Count, (long)sequences.Count * connections.Count, Stats.Of(latencies));
        }

        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        HostChannel.Send(LiveProtocol.FloorResult, result);
    }
}
