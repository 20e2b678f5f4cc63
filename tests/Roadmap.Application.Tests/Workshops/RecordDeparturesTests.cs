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

        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var marksBefore = Host.Live.Marked.Count;
        var closed = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [.. guests.Take(3).Select(g => new Departure(g.Key, Host.Clock.Now))]));

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
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var noticed = Host.Clock.Now;

        Host.Clock.Advance(TimeSpan.FromMilliseconds(100));
        await Host.SendAsync(new JoinWorkshop(scene.JoinCode, null, back.GuestToken));
        Host.Clock.Advance(TimeSpan.FromMilliseconds(100));
        var closed = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(back.Key, noticed), new Departure(gone.Key, noticed)]));

        var presence = await Host.SendAsync(new GetPresence(scene.WorkshopId));
        Assert.Equal((1, 2), (closed, presence.Present));
    }

    [Fact]
    public async Task DeparturesOfPeopleAlreadyGoneChangeNothingAndAnnounceNothing()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var guest = await scene.GuestAsync();
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(guest.Key, Host.Clock.Now)]));
        var marksBefore = Host.Live.Marked.Count;

        var closed = await Host.SendAsync(new RecordDepartures(scene.WorkshopId, [new Departure(guest.Key, Host.Clock.Now), new Departure("guest:unknown", Host.Clock.Now)]));

        Assert.Equal(0, closed);
        Assert.Equal(marksBefore, Host.Live.Marked.Count);
    }
}
