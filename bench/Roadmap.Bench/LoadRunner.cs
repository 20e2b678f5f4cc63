using System.Diagnostics;

namespace Roadmap.Bench;

/// <param name="SignedIn">Sent with the signed-in session's cookies (see <see cref="BenchSession"/>).</param>
internal sealed record Scenario(string Name, string Path, bool SignedIn = false);

internal sealed record ScenarioResult(Scenario Scenario, long Requests, long Failures, double Seconds, double P50, double P95, double P99, long Bytes)
{
    public double Throughput => Requests / Seconds;
}

/// <summary>N workers share one HttpClient and loop until the deadline (or the request cap): closed-loop load over loopback.</summary>
/// <param name="session">The cookies of the signed-in scenarios, when any runs: renewed ones are taken, as a browser does.</param>
internal sealed class LoadRunner(HttpClient client, BenchOptions options, SessionCookies? session)
{
    private long _sent;

    public HttpRequestMessage Request(Scenario scenario)
    {
        var path = options.BypassCache
            ? $"{scenario.Path}{(scenario.Path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}_banc={Interlocked.Increment(ref _sent)}"
            : scenario.Path;
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (scenario.SignedIn)
        {
            request.Headers.Add("Cookie", session?.Header ?? throw new InvalidOperationException($"« {scenario.Name} » needs a session."));
        }

        return request;
    }

    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        if (options.WarmupSeconds > 0)
        {
            await DriveAsync(scenario, TimeSpan.FromSeconds(options.WarmupSeconds), cancellationToken);
        }

        return await DriveAsync(scenario, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
    }

    private async Task<ScenarioResult> DriveAsync(Scenario scenario, TimeSpan duration, CancellationToken cancellationToken)
    {
        long started = 0;
        long failures = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        async Task<List<long>> WorkerAsync()
        {
            var latencies = new List<long>(4_096);
            var buffer = new byte[16 * 1024];
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref started) <= options.MaxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var request = Request(scenario);
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    if (scenario.SignedIn)
                    {
                        session?.Take(response.Headers);
                    }

                    Interlocked.Add(ref bytes, await DrainAsync(response, buffer, cancellationToken));
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException || ex is TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failures); // a timeout or a dropped connection counts, and the run goes on
                }

                latencies.Add(Stopwatch.GetTimestamp() - start);
            }

            return latencies;
        }

        var all = (await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(_ => Task.Run(WorkerAsync, cancellationToken)))).SelectMany(l => l).ToArray();
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(all);
        return new ScenarioResult(scenario, all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length == 0 ? 0 : bytes / all.Length);
    }

    /// <summary>
    /// Reads the body through the worker's own buffer and counts it. Buffered whole, a 90 KB page became a new array on
    /// the large object heap at each response (and a few more while the buffer grew): the client's garbage then forced
    /// a full collection of the process — server included — several times a second, a cost charged to the big pages
    /// and never to the floor (issue 14).
    /// </summary>
    private static async Task<long> DrainAsync(HttpResponseMessage response, byte[] buffer, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static double Percentile(long[] sorted, double rank) =>
        sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(rank * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
