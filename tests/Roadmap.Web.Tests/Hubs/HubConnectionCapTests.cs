using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Web.Hubs;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>The cap on open hub connections per address (<c>RateLimits:HubConnectionsPerAddress</c>), set small here.</summary>
public sealed class HubConnectionCapTests(SmallConnectionCapHubAppFixture fixture) : IClassFixture<SmallConnectionCapHubAppFixture>
{
    private static int _lastAddress;

    [Fact]
    public async Task TheConnectionPastTheCapIsClosedWithTheReasonInFrench()
    {
        var address = NewAddress();
        var open = await OpenAsync(address, SmallConnectionCapHubAppFixture.Cap);
        try
        {
            await using var refused = await fixture.GuestFromAsync(address, webSockets: true);

            var closedWith = await refused.Closed.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Contains("Trop de connexions aux ateliers", closedWith?.Message, StringComparison.Ordinal);
        }
        finally
        {
            await CloseAsync(open);
        }
    }

    [Fact]
    public async Task ClosingAConnectionFreesItsPlace()
    {
        var address = NewAddress();
        var open = await OpenAsync(address, SmallConnectionCapHubAppFixture.Cap);
        try
        {
            await open[0].DisposeAsync();
            open.RemoveAt(0);
            await PlaceFreedAsync(address);

            var again = await fixture.GuestFromAsync(address, webSockets: true);
            open.Add(again);

            await JoinAsGuestAsync(again);
        }
        finally
        {
            await CloseAsync(open);
        }
    }

    [Fact]
    public async Task AnotherAddressIsNotCountedAgainstTheFirst()
    {
        var open = await OpenAsync(NewAddress(), SmallConnectionCapHubAppFixture.Cap);
        try
        {
            var elsewhere = await OpenAsync(NewAddress(), SmallConnectionCapHubAppFixture.Cap);
            open.AddRange(elsewhere);

            foreach (var client in elsewhere)
            {
                await JoinAsGuestAsync(client);
            }
        }
        finally
        {
            await CloseAsync(open);
        }
    }

    /// <summary>Only an accepted connection gets an answer: a refused one is closed before it can call the hub.</summary>
    private async Task JoinAsGuestAsync(RoomClient client)
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        var joined = await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invité du même Wi-Fi");
        Assert.Equal(room.WorkshopId, joined.WorkshopId);
    }

    /// <summary>The server frees the place when it notices the close, a moment after the client sent it.</summary>
    private async Task PlaceFreedAsync(string address)
    {
        var cap = fixture.App.Services.GetRequiredService<HubConnectionCap>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (cap.OpenFrom(address) >= SmallConnectionCapHubAppFixture.Cap)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
        }
    }

    private static string NewAddress() => $"203.0.113.{Interlocked.Increment(ref _lastAddress)}";

    private async Task<List<RoomClient>> OpenAsync(string address, int count)
    {
        var open = new List<RoomClient>();
        for (var i = 0; i < count; i++)
        {
            open.Add(await fixture.GuestFromAsync(address, webSockets: true));
        }

        await CountedAsync(address, count);
        return open;
    }

    /// <summary>
    /// A client's start completes with the handshake, and the node counts the connection a moment later: wait until
    /// it has counted them all, or a place seen free may still be taken by one of these (failed once in CI).
    /// </summary>
    private async Task CountedAsync(string address, int count)
    {
        var cap = fixture.App.Services.GetRequiredService<HubConnectionCap>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (cap.OpenFrom(address) < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
        }
    }

    private static async Task CloseAsync(List<RoomClient> open)
    {
        foreach (var client in open)
        {
            await client.DisposeAsync();
        }
    }
}
