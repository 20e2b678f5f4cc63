using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>Hundreds of ballots at once: the tally is exact, and results reach the room coalesced.</summary>
public sealed class WorkshopHubLoadTests(CrowdFixture crowd) : IClassFixture<CrowdFixture>
{
    [Fact]
    public async Task HundredsOfConcurrentBallotsGiveAnExactTally()
    {
        var poll = await OpenAsync("Quelle priorité ?");
        var options = poll.Options.Select(o => o.Id).ToArray();

        await Task.WhenAll(crowd.Guests.Select((g, i) => Vote(g, poll.Id, options[i % 3])));
        // A fifth change their mind while the poll is open: the last ballot counts.
        await Task.WhenAll(crowd.Guests.Take(CrowdFixture.Size / 5).Select(g => Vote(g, poll.Id, options[2])));
        var closed = await crowd.Facilitator.Connection.InvokeAsync<PollClosedView>("ClosePoll", poll.Id);

        var expected = Enumerable.Range(0, CrowdFixture.Size).Select(i => i < CrowdFixture.Size / 5 ? 2 : i % 3).GroupBy(o => o).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();
        Assert.Equal(expected, closed.Results.Options.Select(o => o.Votes));
        Assert.Equal(CrowdFixture.Size, closed.Results.Ballots);
        Assert.Equal(CrowdFixture.Size, await DemoRoom.BallotCountAsync(crowd.App, poll.Id));
    }

    [Fact]
    public async Task ResultsOfABurstAreCoalescedAndTheLastOneIsExact()
    {
        const int ballots = 200;
        var poll = await OpenAsync("Votre avis ?");
        var watch = Stopwatch.StartNew();
        var casts = new List<Task>();
        for (var i = 0; i < ballots; i++)
        {
            casts.Add(Vote(crowd.Guests[i], poll.Id, poll.Options[i % 3].Id));
            await Task.Delay(5);
        }

        await Task.WhenAll(casts);
        var burst = watch.Elapsed;
        var last = await crowd.Facilitator.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == ballots);
        await Task.Delay(600);

        var received = crowd.Facilitator.Events.All<PollTally>(LiveEvents.PollResults).Where(t => t.PollId == poll.Id).ToList();
        Assert.InRange(received.Count, 1, (int)(burst.TotalMilliseconds / 200) + 4);
        // The last tally received counts every ballot; a coalesced tick may send that same count twice.
        Assert.Equal(last.Options.Select(o => o.Votes), received[^1].Options.Select(o => o.Votes));
        Assert.Equal(await DemoRoom.BallotCountAsync(crowd.App, poll.Id), received[^1].Ballots);
        await crowd.Facilitator.Connection.InvokeAsync<PollClosedView>("ClosePoll", poll.Id);
    }

    private Task<PollView> OpenAsync(string question) => crowd.Facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
        new PollDraft(PollKind.SingleChoice, question, [new("Tiers-lieux", null), new("Fibre", null), new("Médiation", null)], null, null, null));

    private static Task<MyBallotView> Vote(RoomClient guest, Guid pollId, Guid optionId) =>
        guest.Connection.InvokeAsync<MyBallotView>("CastBallot", pollId, new BallotInput([optionId], null, null));
}
