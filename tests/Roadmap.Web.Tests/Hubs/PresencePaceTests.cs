using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>A room's presence goes out at most once a second (<c>SignalR:PresenceMilliseconds</c>, issue 14), and its last message is exact.</summary>
public sealed class PresencePaceTests(HubAppFixture fixture) : IClassFixture<HubAppFixture>
{
    [Fact]
    public async Task ACrowdArrivingOverSecondsGetsPresenceAboutOnceASecondEndingWithTheExactCount()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await fixture.MemberAsync(RoleNames.Facilitator);
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        var arrivals = new ConcurrentQueue<(long At, PresenceView Presence)>();
        facilitator.Connection.On<PresenceView>(LiveEvents.PresenceChanged, p => arrivals.Enqueue((Stopwatch.GetTimestamp(), p)));

        // Fifteen guests a tenth of a second apart: seven flushes of 200 ms, which used to send seven presences.
        var guests = new List<RoomClient>();
        for (var i = 0; i < 15; i++)
        {
            var guest = await fixture.AnonymousAsync();
            await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, $"Invité·e {i}");
            guests.Add(guest);
            await Task.Delay(100);
        }

        await facilitator.Events.WaitForAsync<PresenceView>(LiveEvents.PresenceChanged, p => p.Present == 16);
        var state = await facilitator.Connection.InvokeAsync<WorkshopState>("GetState");
        Assert.Equal(16, state.Presence.Present);
        var sent = arrivals.ToList();
        Assert.Equal(16, sent[^1].Presence.Present);
        // Sent a second apart at least; received, allow for delivery jitter on a loaded machine.
        Assert.All(sent.Zip(sent.Skip(1)), pair => Assert.True(Stopwatch.GetElapsedTime(pair.First.At, pair.Second.At) > TimeSpan.FromMilliseconds(500),
            $"Deux présences à {Stopwatch.GetElapsedTime(pair.First.At, pair.Second.At).TotalMilliseconds:0} ms d'intervalle."));
        await Task.WhenAll(guests.Select(g => g.DisposeAsync().AsTask()));
    }
}
