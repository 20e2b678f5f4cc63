using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>
/// A live room with <see cref="Size"/> guests connected over WebSockets (each its own identity) and
/// the facilitator over long polling, built once for the load tests on the web app (<see cref="WebApp"/>).
/// </summary>
public sealed class CrowdFixture : WebApp, IAsyncLifetime
{
    public const int Size = 300;

    public DemoRoom Room { get; private set; } = default!;

    public RoomClient Facilitator { get; private set; } = default!;

    public IReadOnlyList<RoomClient> Guests { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Room = await DemoRoom.CreateAsync(App);
        Facilitator = await RoomClient.ConnectAsync(App, await TokenAsync(DemoRoom.Email(RoleNames.Facilitator)));
        await Facilitator.Connection.InvokeAsync<JoinResult>("Join", Room.JoinCode, null);
        var guests = new List<RoomClient>();
        foreach (var batch in Enumerable.Range(0, Size).Chunk(50))
        {
            guests.AddRange(await Task.WhenAll(batch.Select(async i =>
            {
                var guest = await RoomClient.ConnectAsync(App, webSockets: true);
                await guest.Connection.InvokeAsync<JoinResult>("Join", Room.JoinCode, $"Invité {i}");
                return guest;
            })));
        }

        Guests = guests;
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(Guests.Select(g => g.DisposeAsync().AsTask()));
        await Facilitator.DisposeAsync();
    }
}
