using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>Floods of the live room, with the real default limits. Each test comes from its own address.</summary>
public sealed class WorkshopHubLimitsTests(RealLimitsHubAppFixture fixture) : IClassFixture<RealLimitsHubAppFixture>
{
    private const string TooFast = "Trop d'envois en peu de temps : patientez quelques secondes avant de réessayer.";
    private static int _lastAddress;

    [Fact]
    public async Task HandTogglesPastTheLimitAreRefused()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);
        await using var citizen = await JoinAsync(room, RoleNames.Citizen);

        var refusals = await ToggleHandAsync(citizen, 30);

        Assert.InRange(refusals.Count, 15, 30);
        Assert.All(refusals, message => Assert.Equal(TooFast, message));
    }

    [Fact]
    public async Task ABurstOfHandTogglesReachesTheRoomAsAFewHandsChanged()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);
        await using var citizen = await JoinAsync(room, RoleNames.Citizen);

        await ToggleHandAsync(citizen, 30);
        var final = await citizen.Connection.InvokeAsync<WorkshopState>("GetState");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var received = facilitator.Events.All<HandsView>(LiveEvents.HandsChanged);
        Assert.InRange(received.Count, 1, 4);
        Assert.Equal(final.Hands.Queue.Select(h => h.Id), received[^1].Queue.Select(h => h.Id));
    }

    [Fact]
    public async Task AskingForTheStateInALoopIsRefused()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var citizen = await JoinAsync(room, RoleNames.Citizen);

        var refused = 0;
        for (var i = 0; i < 20; i++)
        {
            try
            {
                await citizen.Connection.InvokeAsync<WorkshopState>("GetState");
            }
            catch (HubException)
            {
                refused++;
            }
        }

        Assert.InRange(refused, 5, 10);
    }

    [Fact]
    public async Task GuessingJoinCodesThroughTheHubIsRefusedAfterTwentyWrongCodes()
    {
        var address = NewAddress();
        var messages = new List<string>();
        for (var connection = 0; connection < 5; connection++)
        {
            await using var guest = await fixture.GuestFromAsync(address);
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var error = await Assert.ThrowsAsync<HubException>(() => guest.Connection.InvokeAsync<JoinResult>("Join", JoinCodes.New(), "Devin"));
                messages.Add(error.Shown());
            }
        }

        Assert.All(messages.Take(20), m => Assert.StartsWith("Le code d'atelier", m, StringComparison.Ordinal));
        Assert.All(messages.Skip(20), m => Assert.StartsWith("Trop de codes d'atelier erronés", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GuestJoinsFromOneAddressStopAfterARoomful()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        var address = NewAddress();
        var joined = 0;
        string? refusal = null;
        for (var connection = 0; connection < 25 && refusal is null; connection++)
        {
            await using var guest = await fixture.GuestFromAsync(address, webSockets: true);
            for (var attempt = 0; attempt < 5 && refusal is null; attempt++)
            {
                try
                {
                    await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, $"Invité {joined}");
                    joined++;
                }
                catch (HubException ex)
                {
                    refusal = ex.Shown();
                }
            }
        }

        Assert.Equal(120, joined);
        Assert.StartsWith("Trop d'invités ont rejoint", refusal, StringComparison.Ordinal);
    }

    private static string NewAddress() => $"198.51.100.{Interlocked.Increment(ref _lastAddress)}";

    private static async Task<List<string>> ToggleHandAsync(RoomClient client, int toggles)
    {
        var refusals = new List<string>();
        for (var i = 0; i < toggles; i++)
        {
            try
            {
                await client.Connection.InvokeAsync<HandsView>(i % 2 == 0 ? "RaiseHand" : "LowerHand");
            }
            catch (HubException ex)
            {
                refusals.Add(ex.Shown());
            }
        }

        return refusals;
    }

    private async Task<RoomClient> JoinAsync(DemoRoom room, string role)
    {
        var client = await fixture.MemberAsync(role);
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return client;
    }
}
