using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Hubs;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Workshops.Console;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>
/// An open poll's live results reach a participant once they have voted in it, and the facilitators always (decision
/// 054): neither the room's state nor the live events show them to someone who has not voted; everyone gets the final
/// results at the close. A quiet wait of a few ticks (~200 ms each) stands for « nothing came ».
/// </summary>
public sealed class PollResultsAfterVoteHubTests(ConsoleWebApp app) : IClassFixture<ConsoleWebApp>
{
    private static readonly TimeSpan FewTicks = TimeSpan.FromMilliseconds(800);

    [Fact]
    public async Task TheResultsReachThoseWhoVotedAndTheFacilitatorsNotTheOthersUntilTheyVote()
    {
        var room = await app.LiveAsync();
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        await using var citizen = await app.ParticipantAsync(room);
        await using var voter = await GuestAsync(room, "Invitée qui vote");
        await using var waiting = await GuestAsync(room, "Invité qui attend");
        var poll = await OpenAsync(facilitator);
        var opened = await waiting.Events.WaitForAsync<PollView>(LiveEvents.PollOpened, p => p.Id == poll.Id);

        await citizen.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0));
        await voter.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));
        foreach (var one in new[] { facilitator, citizen, voter })
        {
            await one.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 2);
        }

        await Task.Delay(FewTicks);
        Assert.True(opened.ResultsWithheld);
        Assert.Empty(waiting.Events.All<PollTally>(LiveEvents.PollResults));
        var hidden = PollIn(await waiting.Connection.InvokeAsync<WorkshopState>("GetState"), poll.Id);
        Assert.True(hidden.ResultsWithheld);
        Assert.Equal(0, hidden.Results.Ballots);
        Assert.All(hidden.Results.Options, o => Assert.Equal(0, o.Votes));
        foreach (var one in new[] { facilitator, voter })
        {
            var shown = PollIn(await one.Connection.InvokeAsync<WorkshopState>("GetState"), poll.Id);
            Assert.False(shown.ResultsWithheld);
            Assert.Equal([1, 1], shown.Results.Options.Select(o => o.Votes));
        }

        // Nobody votes after them: the results counting their ballot still reach them.
        await waiting.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));
        var theirs = await waiting.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 3);
        Assert.Equal([1, 2], theirs.Options.Select(o => o.Votes));

        await facilitator.Connection.InvokeAsync<PollClosedView>("ClosePoll", poll.Id);
        await using var late = await GuestAsync(room, "Arrivée après la clôture");
        var closed = PollIn(await late.Connection.InvokeAsync<WorkshopState>("GetState"), poll.Id);
        Assert.False(closed.ResultsWithheld);
        Assert.Equal(3, closed.Results.Ballots);
    }

    [Fact]
    public async Task AVoterComingBackGetsTheResultsAgainAndOneWhoLeftTheRoomNoLonger()
    {
        var room = await app.LiveAsync();
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        var guest = await RoomClient.ConnectAsync(app.App);
        var token = (await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invitée qui revient")).GuestToken!;
        await using var leaving = await GuestAsync(room, "Invité qui s'en va");
        await using var other = await GuestAsync(room, "Autre invitée");
        var poll = await OpenAsync(facilitator);
        await guest.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0));
        await leaving.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0));
        await leaving.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 2);
        await guest.DisposeAsync();
        await leaving.Connection.InvokeAsync("Leave");

        await using var back = await RoomClient.ConnectAsync(app.App, query: $"{RoomSession.GuestTokenQuery}={Uri.EscapeDataString(token)}");
        var rejoined = await back.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        Assert.False(PollIn(rejoined.State, poll.Id).ResultsWithheld);
        var seenByLeaver = leaving.Events.All<PollTally>(LiveEvents.PollResults).Count;
        await other.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));

        var results = await back.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 3);
        Assert.Equal([2, 1], results.Options.Select(o => o.Votes));
        await Task.Delay(FewTicks);
        Assert.Equal(seenByLeaver, leaving.Events.All<PollTally>(LiveEvents.PollResults).Count);
    }

    [Fact]
    public async Task AnEarlierVoterGetsTheLastTallyAtTheirPaceWithoutAnotherBallot()
    {
        var room = await app.LiveAsync();
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        await using var first = await GuestAsync(room, "Premier à voter");
        await using var last = await GuestAsync(room, "Dernière à voter");
        var poll = await OpenAsync(facilitator);
        await first.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0));
        await first.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 1);

        // Within a second of the tally they had (decision 055): owed to them, sent when their pace allows.
        await last.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));

        var results = await first.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 2);
        Assert.Equal([1, 1], results.Options.Select(o => o.Votes));
    }

    private async Task<RoomClient> GuestAsync(DemoRoom room, string name)
    {
        var client = await RoomClient.ConnectAsync(app.App);
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, name);
        return client;
    }

    private static PollView PollIn(WorkshopState state, Guid pollId) => state.Polls.Single(p => p.Id == pollId);

    private static Task<PollView> OpenAsync(RoomClient facilitator) =>
        facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
            new PollDraft(PollKind.SingleChoice, "Faut-il ouvrir le tiers-lieu le dimanche ?", [new("Oui", null), new("Non", null)], null, null, null));

    private static BallotInput Choice(PollView poll, int option) => new([poll.Options[option].Id], null, null);
}
