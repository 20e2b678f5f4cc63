using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.GetPresence;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.RecordDepartures;

namespace Roadmap.Application.Tests.Workshops;

public sealed class RecordDeparturesTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task ABatchOfDeparturesLeavesPresenceExactAndIsAnnouncedOnce()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var guests = new List<Participant>();
        for (var i = 0; i < 5; i++)
        {
            guests.Add(await scene.GuestAsync($"Invité·e {i}"));
        }

        var joinedAt = Host.Clock.Now;
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var marksBefore = Host.Live.Marked.Count;
        var closed = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [.. guests.Take(3).Select(g => new Departure(g.Key, joinedAt, Host.Clock.Now))]));

        var presence = await Host.SendAsync(new GetPresence(scene.WorkshopId));
        Assert.Equal((3, 3, 6), (closed, presence.Present, presence.Attended));
        Assert.Equal([("presence", scene.WorkshopId)], Host.Live.Marked.Skip(marksBefore));
    }

    [Fact]
    public async Task AParticipantWhoCameBackAfterTheirDepartureWasNoticedStaysPresent()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var back = await scene.GuestAsync("Invitée revenue");
        var gone = await scene.GuestAsync("Invité parti");
        var joinedAt = Host.Clock.Now;
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var noticed = Host.Clock.Now;

        Host.Clock.Advance(TimeSpan.FromMilliseconds(100));
        await Host.SendAsync(new JoinWorkshop(scene.JoinCode, null, back.GuestToken));
        Host.Clock.Advance(TimeSpan.FromMilliseconds(100));
        var closed = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(back.Key, joinedAt, noticed), new Departure(gone.Key, joinedAt, noticed)]));

        var presence = await Host.SendAsync(new GetPresence(scene.WorkshopId));
        Assert.Equal((1, 2), (closed, presence.Present));
    }

    /// <summary>A dead socket is noticed only when its keep-alive times out, often after the person came back on another node.</summary>
    [Fact]
    public async Task ADepartureNoticedAfterTheParticipantCameBackClosesOnlyTheJoinItsConnectionMade()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var guest = await scene.GuestAsync("Invitée itinérante");
        var firstJoin = Host.Clock.Now;
        Host.Clock.Advance(TimeSpan.FromSeconds(2));
        var again = await Host.SendAsync(new JoinWorkshop(scene.JoinCode, null, guest.GuestToken));
        Host.Clock.Advance(TimeSpan.FromSeconds(30));

        var closedFirst = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(guest.Key, firstJoin, Host.Clock.Now)]));
        var presentAfterFirst = (await Host.SendAsync(new GetPresence(scene.WorkshopId))).Present;
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var closedSecond = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(guest.Key, again.JoinedAt, Host.Clock.Now)]));

        var presence = await Host.SendAsync(new GetPresence(scene.WorkshopId));
        Assert.Equal(firstJoin + TimeSpan.FromSeconds(2), again.JoinedAt);
        Assert.Equal((0, 2, 1, 1), (closedFirst, presentAfterFirst, closedSecond, presence.Present));
    }

    [Fact]
    public async Task DeparturesOfPeopleAlreadyGoneChangeNothingAndAnnounceNothing()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var guest = await scene.GuestAsync();
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(guest.Key, Host.Clock.Now, Host.Clock.Now)]));
        var marksBefore = Host.Live.Marked.Count;

        var closed = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(guest.Key, Host.Clock.Now, Host.Clock.Now), new Departure("guest:unknown", Host.Clock.Now, Host.Clock.Now)]));

        Assert.Equal(0, closed);
        Assert.Equal(marksBefore, Host.Live.Marked.Count);
    }
}
