using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bench.LiveClient;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Bench.Live;

/// <summary>
/// The live-workshop load: the real app on Kestrel (SQLite), the participants in a separate client
/// process. First the floor (a bare broadcast hub of the same app), then the workshop: join, a poll,
/// every participant votes within the window; then the reconnect storm and a second poll; the figures
/// and the tally checks are printed at the end.
/// </summary>
internal static class LiveBench
{
    private static readonly TimeSpan FloorPeriod = TimeSpan.FromMilliseconds(200);

    public static async Task<int> RunAsync(LiveOptions options, string folder, CancellationToken cancellationToken)
    {
        var database = BenchDatabase.SqliteFile(Path.Combine(folder, "roadmap.db"));
        LiveReportPrinter.Header(options);
        WarnAboutOpenFiles(options.Participants);
        var data = await LiveSeeder.SeedAsync(database, folder, cancellationToken);
        await using var app = await BenchApp.StartAsync(database, cancellationToken,
            builder => builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, FloorHubStartupFilter>()));
        var token = await SignInAsync(app, data, cancellationToken);

        var idle = MemorySnapshot.Take();
        using var client = ClientProcess.Start(app.BaseAddress, data, options, token);
        var floorConnect = await client.ReceiveAsync<ConnectReport>(LiveProtocol.FloorConnected, cancellationToken);
        var floorConnected = MemorySnapshot.Take();
        var broadcasts = await FloorBroadcaster.RunAsync(app.Services.GetRequiredService<IHubContext<FloorHub>>(),
            TimeSpan.FromSeconds(options.VoteWindowSeconds), FloorPeriod, cancellationToken);
        await client.SendAsync(LiveProtocol.FloorStop);
        var floor = await client.ReceiveAsync<FloorReport>(LiveProtocol.FloorResult, cancellationToken);

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken); // the server lets go of the floor connections
        var beforeLive = MemorySnapshot.Take();
        await client.SendAsync(LiveProtocol.LiveStart);
        var liveConnect = await client.ReceiveAsync<ConnectReport>(LiveProtocol.LiveConnected, cancellationToken);
        var liveConnected = MemorySnapshot.Take();
        using var sends = new SendsListener();
        using var batches = new BallotBatchesListener();
        var cpuBefore = MemorySnapshot.CpuNow();
        await client.SendAsync(LiveProtocol.LiveGo);
        var live = await client.ReceiveAsync<LiveReport>(LiveProtocol.LiveResult, cancellationToken);
        var cpu = MemorySnapshot.CpuNow() - cpuBefore;
        var sent = sends.ByEvent;
        var stored = await StoredBallotsAsync(app, data.WorkshopId, cancellationToken);
        var result = new LiveRun(options, floorConnect, floor, broadcasts, floorConnected.Minus(idle), liveConnect, live,
            liveConnected.Minus(beforeLive), sent, stored, cpu, batches.Figures(live.VotingSeconds));
        LiveReportPrinter.Print(result);

        var stormCpuBefore = MemorySnapshot.CpuNow();
        await client.SendAsync(LiveProtocol.StormGo);
        await client.ReceiveAsync<int>(LiveProtocol.StormBack, cancellationToken);
        var stormCpu = MemorySnapshot.CpuNow() - stormCpuBefore;
        var storm = await client.ReceiveAsync<StormReport>(LiveProtocol.StormResult, cancellationToken);
        await client.WaitForExitAsync(cancellationToken);
        var stormRun = new StormRun(storm, live.Acknowledged, await StoredBallotsAsync(app, data.WorkshopId, cancellationToken) - stored, stormCpu);
        LiveReportPrinter.Print(stormRun);
        return result.Passed && stormRun.Passed ? 0 : 1;
    }

    private static async Task<string> SignInAsync(BenchApp app, LiveData data, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = data.FacilitatorEmail, password = data.FacilitatorPassword }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<LoginAnswer>(cancellationToken);
        return answer?.AccessToken ?? throw new InvalidOperationException("Pas de jeton d'accès pour l'animation.");
    }

    internal static async Task<int> StoredBallotsAsync(BenchApp app, Guid workshopId, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        return await db.Ballots.CountAsync(b => db.Polls.Any(p => p.Id == b.PollId && p.WorkshopId == workshopId), cancellationToken);
    }

    /// <summary>Each process holds one socket per connection (plus its own files): below that, connections fail.</summary>
    private static void WarnAboutOpenFiles(int participants)
    {
        const string limits = "/proc/self/limits";
        var line = File.Exists(limits) ? File.ReadLines(limits).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal)) : null;
        var soft = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(3);
        if (long.TryParse(soft, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit < participants + 512)
        {
            Console.Error.WriteLine($"Attention : ulimit -n vaut {limit}, il faut au moins {participants + 512} descripteurs par processus (lancez `ulimit -n 65536` avant le banc).");
        }
    }

    private sealed record LoginAnswer(string AccessToken);
}
