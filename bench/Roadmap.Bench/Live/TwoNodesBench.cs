using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Bench.LiveClient;

namespace Roadmap.Bench.Live;

/// <summary>
/// « live --nodes 2 »: the live-workshop load of <see cref="LiveBench"/> (same client process, same phases, same
/// checks) against two nodes behind nginx (<see cref="TwoNodesSite"/>) on a fresh PostgreSQL database. The floor runs
/// through nginx on both nodes too: node A broadcasts, Redis carries the message to node B's connections.
/// </summary>
internal static class TwoNodesBench
{
    private static readonly TimeSpan FloorPeriod = TimeSpan.FromMilliseconds(200);

    public static async Task<int> RunAsync(TwoNodesOptions options, string folder, CancellationToken cancellationToken)
    {
        var database = await BenchDatabase.CreatePostgreSqlAsync(options.Server, cancellationToken);
        try
        {
            return await RunAsync(options, database, folder, cancellationToken);
        }
        finally
        {
            await database.DropAsync(options.Server);
        }
    }

    private static async Task<int> RunAsync(TwoNodesOptions options, BenchDatabase database, string folder, CancellationToken cancellationToken)
    {
        var live = options.Live;
        LiveReportPrinter.Header(live);
        var data = await LiveSeeder.SeedAsync(database, folder, cancellationToken);
        await using var site = await TwoNodesSite.StartAsync(options, database, folder, cancellationToken);
        TwoNodesReportPrinter.Topology(site, options);
        var token = await site.SignInAsync(data, cancellationToken);

        var idle = MemorySnapshot.Take();
        using var client = ClientProcess.Start(site.Address, data, live, token, ["--nodes", "2", "--trust", site.Thumbprint]);
        var floorConnect = await client.ReceiveAsync<ConnectReport>(LiveProtocol.FloorConnected, cancellationToken);
        var floorOpen = site.Connections.Select(c => c.Open).ToList();
        var floorConnected = MemorySnapshot.Take();
        var broadcasts = await FloorBroadcaster.RunAsync(site.NodeA.Services.GetRequiredService<IHubContext<FloorHub>>(),
            TimeSpan.FromSeconds(live.VoteWindowSeconds), FloorPeriod, cancellationToken);
        await client.SendAsync(LiveProtocol.FloorStop);
        var floor = await client.ReceiveAsync<FloorReport>(LiveProtocol.FloorResult, cancellationToken);

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken); // the nodes let go of the floor connections
        var beforeLive = MemorySnapshot.Take();
        await client.SendAsync(LiveProtocol.LiveStart);
        var liveConnect = await client.ReceiveAsync<ConnectReport>(LiveProtocol.LiveConnected, cancellationToken);
        var liveOpen = site.Connections.Select(c => c.Open).ToList();
        var liveConnected = MemorySnapshot.Take();
        using var sends = new SendsListener();
        var cpuBefore = MemorySnapshot.CpuNow();
        await client.SendAsync(LiveProtocol.LiveGo);
        var result = await client.ReceiveAsync<LiveReport>(LiveProtocol.LiveResult, cancellationToken);
        var nodes = await client.ReceiveAsync<List<NodeReport>>(TwoNodesProtocol.LiveNodes, cancellationToken);
        var cpu = MemorySnapshot.CpuNow() - cpuBefore;
        var sent = sends.ByEvent;
        await client.WaitForExitAsync(cancellationToken);
        var stored = await LiveBench.StoredBallotsAsync(site.NodeA, data.WorkshopId, cancellationToken);

        var run = new TwoNodesRun(
            new LiveRun(live, floorConnect, floor, broadcasts, floorConnected.Minus(idle), liveConnect, result, liveConnected.Minus(beforeLive), sent, stored, cpu),
            floorOpen, liveOpen, nodes);
        LiveReportPrinter.Print(run.Run);
        TwoNodesReportPrinter.Print(run);
        return run.Passed ? 0 : 1;
    }
}
