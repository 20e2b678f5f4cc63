using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Workshops.Console;
using Roadmap.Web.Tests.Workshops.Manage;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>
/// Attacks on the vote through the hub: reading a lone voter's choice from the split by role, and
/// one client re-joining as new guests to cast more ballots.
/// </summary>
public sealed class BallotSecrecyHubTests(ConsoleWebApp app) : IClassFixture<ConsoleWebApp>
{
    private const int Guests = 5;

    [Fact]
    public async Task ALoneCitizensChoiceAmongGuestsReachesNoParticipantConsoleOrMinutes()
    {
        var room = await app.LiveAsync();
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        await using var citizen = await app.ParticipantAsync(room);
        var guests = await GuestsAsync(room, Guests);
        var poll = await OpenAsync(facilitator, guestsMayVote: true);

        await citizen.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));
        foreach (var guest in guests)
        {
            await guest.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0));
        }

        await guests[0].Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.Ballots == Guests + 1);
        var console = await FormPost.GetPageAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId));
        await facilitator.Connection.InvokeAsync<WorkshopEndedView>("EndWorkshop");
        var closed = await guests[0].Events.WaitForAsync<PollClosedView>(LiveEvents.PollClosed);
        var minutes = await app.WithDbAsync(db => db.Workshops.Where(w => w.Id == room.WorkshopId).Select(w => w.Minutes).FirstAsync());
        var pollsSection = minutes[minutes.IndexOf("## Sondages", StringComparison.Ordinal)..minutes.IndexOf("## Idées", StringComparison.Ordinal)];

        Assert.All(guests[0].Events.All<PollTally>(LiveEvents.PollResults).Append(closed.Results), t => Assert.Empty(t.ByRole));
        Assert.Null(console.QuerySelector("details.console-role-breakdown"));
        Assert.DoesNotContain(RoleGroups.Label(ParticipantRole.Citizen), pollsSection, StringComparison.Ordinal);
        await DisposeAllAsync(guests);
    }

    [Fact]
    public async Task AClientRejoiningAsNewGuestsCannotVoteInAPollForSignedInParticipants()
    {
        var room = await app.LiveAsync();
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        var poll = await OpenAsync(facilitator, guestsMayVote: false);
        var guests = await GuestsAsync(room, 3);

        foreach (var guest in guests)
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => guest.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0)));
            Assert.Equal("Ce sondage est réservé aux personnes connectées : les invité·es ne peuvent pas y voter.", refused.Shown());
        }

        Assert.Equal(0, await DemoRoom.BallotCountAsync(app.App, poll.Id));
        await DisposeAllAsync(guests);
    }

    [Fact]
    public async Task GuestsBallotsAreCountedApartAndTheConsoleCountsTheGuestsWhoJoined()
    {
        var room = await app.LiveAsync();
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        await using var citizen = await app.ParticipantAsync(room);
        var poll = await OpenAsync(facilitator, guestsMayVote: true);
        var guests = await GuestsAsync(room, Guests);

        await citizen.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0));
        foreach (var guest in guests)
        {
            await guest.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));
        }

        var results = await facilitator.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.Ballots == Guests + 1);
        var presence = await facilitator.Events.WaitForAsync<PresenceView>(LiveEvents.PresenceChanged, p => p.GuestsJoined == Guests);
        var console = await FormPost.GetPageAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId));

        Assert.Equal(1, results.SignedInBallots);
        Assert.Equal(Guests, results.GuestBallots);
        Assert.Equal(Guests, presence.GuestsJoined);
        Assert.Contains($"{Guests} invité·es sans compte venu·es", AccountTestSteps.Text(console, "#console-invites"), StringComparison.Ordinal);
        Assert.Contains($"dont 1 connecté·e et {Guests} invité·es", AccountTestSteps.Text(console, ".console-poll-facts"), StringComparison.Ordinal);
        await DisposeAllAsync(guests);
    }

    [Fact]
    public async Task TheConsoleOpensAPollForSignedInParticipantsOnlyWhenTicked()
    {
        var room = await app.LiveAsync();

        await PageForm.SubmitAsync(await app.FacilitatorAsync(), ConsoleWebApp.ConsolePath(room.WorkshopId), "ouvrir-sondage", new Dictionary<string, string>
        {
            ["Poll.Kind"] = "SingleChoice",
            ["Poll.Question"] = "Réservé aux élu·es et habitant·es inscrit·es ?",
            ["Poll.Options[0].Text"] = "Oui",
            ["Poll.Options[1].Text"] = "Non",
            ["Poll.SignedInOnly"] = "true",
            ["Poll.Command"] = "ouvrir",
        });

        Assert.False(Assert.Single(await app.PollsAsync(room.WorkshopId)).GuestsMayVote);
    }

    /// <summary>Each guest is a new connection joining without a token: a new guest, as a stuffing client would do.</summary>
    private async Task<List<RoomClient>> GuestsAsync(DemoRoom room, int count)
    {
        var guests = new List<RoomClient>();
        for (var i = 1; i <= count; i++)
        {
            var guest = await RoomClient.ConnectAsync(app.App);
            await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, $"Invité·e {i}");
            guests.Add(guest);
        }

        return guests;
    }

    private static Task<PollView> OpenAsync(RoomClient facilitator, bool guestsMayVote) =>
        facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
            new PollDraft(PollKind.SingleChoice, "Faut-il ouvrir le tiers-lieu le dimanche ?", [new("Oui", null), new("Non", null)], null, null, null, guestsMayVote));

    private static BallotInput Choice(PollView poll, int option) => new([poll.Options[option].Id], null, null);

    private static async Task DisposeAllAsync(IEnumerable<RoomClient> clients)
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
