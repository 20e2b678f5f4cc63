using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Web.Hubs;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>Connections that drop together are recorded as gone a room's batch at a time (issue 14); presence ends exact.</summary>
public sealed class WorkshopHubStormTests(HubAppFixture fixture) : IClassFixture<HubAppFixture>
{
    [Fact]
    public async Task GuestsDroppedAtOnceAreCountedGoneAndThoseBackWithTheirTokensPresent()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await fixture.MemberAsync(RoleNames.Facilitator);
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        var guests = new List<(RoomClient Client, string Token)>();
        for (var i = 0; i < 12; i++)
        {
            var guest = await fixture.AnonymousAsync();
            guests.Add((guest, (await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, $"Invité·e {i}")).GuestToken!));
        }

        await Task.WhenAll(guests.Select(g => g.Client.DisposeAsync().AsTask()));
        var back = await Task.WhenAll(guests.Take(5).Select(g => ComeBackAsync(room, g.Token)));

        await facilitator.Events.WaitForAsync<PresenceView>(LiveEvents.PresenceChanged, p => p.Present == 6 && p.Attended == 13);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var state = await facilitator.Connection.InvokeAsync<WorkshopState>("GetState");
        Assert.Equal((6, 13), (state.Presence.Present, state.Presence.Attended));
        await Task.WhenAll(back.Select(b => b.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task AGuestWhoDropsAndComesBackAtOnceStaysPresent()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await fixture.MemberAsync(RoleNames.Facilitator);
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        var guest = await fixture.AnonymousAsync();
        var token = (await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invitée Martin")).GuestToken!;

        await guest.DisposeAsync();
        await using var back = await ComeBackAsync(room, token);

        await Task.Delay(TimeSpan.FromSeconds(1));
        var state = await facilitator.Connection.InvokeAsync<WorkshopState>("GetState");
        Assert.Equal((2, 2), (state.Presence.Present, state.Presence.Attended));
    }

    private async Task<RoomClient> ComeBackAsync(DemoRoom room, string token)
    {
        var client = await fixture.AnonymousAsync($"{RoomSession.GuestTokenQuery}={Uri.EscapeDataString(token)}");
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return client;
    }
}
