using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Roadmap.Bench;

/// <summary>
/// The open data exports (issue 11): each dataset file downloaded whole over 127.0.0.1, one at a time, several
/// times; time to last byte and the server's peak extra memory while it streams, against the floor (a static file)
/// measured in the same run. The app runs in this process, so its memory is this process's, sampled every few
/// milliseconds during the download minus what it held just before (after a full collection).
/// </summary>
internal static class ExportBench
{
    private const int Runs = 3;
    private const int FloorRuns = 50;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(5);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(BenchApp app, SeededData data, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
        var files = $"/feuilles-de-route/{data.Slug}/donnees";
        var floor = await FloorAsync(client, cancellationToken);
        (string Name, string Path)[] exports =
        [
            ($"{data.Comments:N0} commentaires, CSV", $"{files}/commentaires.csv"),
            ($"{data.Actions:N0} actions, CSV", $"{files}/actions.csv"),
            ($"{data.Comments:N0} commentaires, JSON", $"{files}/commentaires.json"),
        ];

        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"Plancher (/favicon.svg, médiane de {FloorRuns}) : {floor.TotalMilliseconds:0.00} ms"));
        Console.WriteLine(string.Create(Invariant,
            $"{"export",-34} {"octets",12} {"dernier octet ms",17} {"× plancher",11} {"tas géré +Mo",13} {"mémoire vive +Mo",17}"));
        Console.WriteLine(new string('─', 110));
        var commentsOk = true;
        foreach (var (name, path) in exports)
        {
            await DownloadAsync(client, path, cancellationToken);
            var runs = new List<Measure>();
            for (var i = 0; i < Runs; i++)
            {
                runs.Add(await MeasureAsync(client, path, cancellationToken));
            }

            var time = runs.Select(r => r.TimeToLastByte).Order().ElementAt(Runs / 2);
            var heap = runs.Max(r => r.ExtraManagedBytes) / 1024d / 1024d;
            var workingSet = runs.Max(r => r.ExtraWorkingSetBytes) / 1024d / 1024d;
            Console.WriteLine(string.Create(Invariant,
                $"{name,-34} {runs[0].Bytes,12:N0} {time.TotalMilliseconds,17:0} {time / floor,11:0} {heap,13:0.0} {workingSet,17:0.0}"));
            if (path.EndsWith("commentaires.csv", StringComparison.Ordinal))
            {
                commentsOk = time < TimeSpan.FromSeconds(5) && Math.Max(heap, workingSet) < 100;
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Médiane de {Runs} téléchargements après un premier non mesuré ; mémoire : pic des échantillons (toutes les {SampleEvery.TotalMilliseconds:0} ms) moins l'état d'avant, le plus haut des {Runs}.");
        Console.WriteLine(commentsOk ? "Objectif atteint : commentaires en CSV en moins de 5 s et moins de 100 Mo de plus." : "Objectif MANQUÉ : commentaires en CSV en 5 s et 100 Mo de plus au plus.");
        return commentsOk ? 0 : 1;
    }

    private sealed record Measure(TimeSpan TimeToLastByte, long Bytes, long ExtraManagedBytes, long ExtraWorkingSetBytes);

    private static async Task<Measure> MeasureAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        long managedPeak = managedBefore, workingSetPeak = workingSetBefore;

        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
                process.Refresh();
                workingSetPeak = Math.Max(workingSetPeak, process.WorkingSet64);
                await Task.Delay(SampleEvery, CancellationToken.None);
            }
        }, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var bytes = await DownloadAsync(client, path, cancellationToken);
        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        await sampler;
        return new Measure(elapsed, bytes, managedPeak - managedBefore, workingSetPeak - workingSetBefore);
    }

    private static async Task<TimeSpan> FloorAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < FloorRuns + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await DownloadAsync(client, "/favicon.svg", cancellationToken);
            times.Add(clock.Elapsed);
        }

        return times.Skip(5).Order().ElementAt(FloorRuns / 2);
    }

    /// <summary>Reads the body as it comes and throws it away: the client holds one buffer, never the file.</summary>
    private static async Task<long> DownloadAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} répond {(int)response.StatusCode}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }
}
