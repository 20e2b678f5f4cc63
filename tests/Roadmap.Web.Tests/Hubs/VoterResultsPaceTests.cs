using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>
/// Decision 055: the tally counting a new ballot reaches its voter at the next tick (~200 ms), and the facilitators at
/// every tick; the poll's earlier voters get the running tally at their own pace (<c>SignalR:VoterResultsMilliseconds</c>,
/// a minute here), and everyone the final one at the close. A quiet wait of a few ticks stands for « nothing came ».
/// </summary>
public sealed class VoterResultsPaceTests(SlowVoterPaceHubAppFixture fixture) : IClassFixture<SlowVoterPaceHubAppFixture>
{
    private static readonly TimeSpan FewTicks = TimeSpan.FromMilliseconds(800);

    [Fact]
    public async Task ANewBallotsTallyReachesItsVoterAndTheFacilitatorsAtOnceTheEarlierVotersAtTheirPace()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await fixture.MemberAsync(RoleNames.Facilitator);
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        await using var first = await GuestAsync(room, "Première à voter");
        await using var second = await GuestAsync(room, "Second à voter");
        var poll = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
            new PollDraft(PollKind.SingleChoice, "Faut-il ouvrir la médiathèque le dimanche ?", [new("Oui", null), new("Non", null)], null, null, null));

        await first.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 0));
        await first.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 1);
        await second.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));
        var seconds = await second.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 2);
        await facilitator.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 2);

        await Task.Delay(FewTicks);
        Assert.Equal([1, 1], seconds.Options.Select(o => o.Votes));
        Assert.DoesNotContain(first.Events.All<PollTally>(LiveEvents.PollResults), t => t.Ballots == 2);
        Assert.Single(second.Events.All<PollTally>(LiveEvents.PollResults));

        // Changing one's vote is a new ballot: its voter gets the tally counting it at once.
        await first.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, Choice(poll, 1));
        var changed = await first.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Options[1].Votes == 2);
        Assert.Equal(2, changed.Ballots);

        await facilitator.Connection.InvokeAsync<PollClosedView>("ClosePoll", poll.Id);
        foreach (var one in new[] { first, second })
        {
            var closed = await one.Events.WaitForAsync<PollClosedView>(LiveEvents.PollClosed, c => c.Results.PollId == poll.Id);
            Assert.Equal([0, 2], closed.Results.Options.Select(o => o.Votes));
        }
    }

    private async Task<RoomClient> GuestAsync(DemoRoom room, string name)
    {
        var client = await fixture.AnonymousAsync();
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, name);
        return client;
    }

    private static BallotInput Choice(PollView poll, int option) => new([poll.Options[option].Id], null, null);
}
