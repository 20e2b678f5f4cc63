using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Web.Hubs;
using Roadmap.Web.Realtime;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs.ScaleOut;

/// <summary>
/// One workshop room spread over two web nodes: what happens on one node reaches the participants
/// connected to the other through the Redis backplane, and the final tally is exact.
/// </summary>
public sealed class TwoNodeRoomTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    /// <summary>Longer than the pace of earlier voters' results (decision 055) and a tick: each round reaches them.</summary>
    private static readonly TimeSpan RoundPause = TimeSpan.FromMilliseconds(1300);

    private const int Voters = 60;

    [SkippableFact]
    public void BothNodesUseTheRedisBackplane()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);

        Assert.Equal(typeof(RedisHubLifetimeManager<WorkshopHub>), ScaleOutCluster.LifetimeManagerOf(cluster.NodeA));
        Assert.Equal(typeof(RedisHubLifetimeManager<WorkshopHub>), ScaleOutCluster.LifetimeManagerOf(cluster.NodeB));
        Assert.True(cluster.NodeA.Services.GetRequiredService<LiveMarkRelay>().Listening);
        Assert.True(cluster.NodeB.Services.GetRequiredService<LiveMarkRelay>().Listening);
        Assert.NotEqual(cluster.NodeA.Services.GetRequiredService<LiveNode>().Id, cluster.NodeB.Services.GetRequiredService<LiveNode>().Id);
    }

    /// <summary>
    /// Each round, one ballot on each node at the same moment. Each node used to send its own tally to the whole room:
    /// two <c>PollResults</c> per round for everyone, 16 in 8 rounds whatever the timing. Each node now sends to its own
    /// connections what either node marked: one per round, two only when a node's tick falls between the two ballots
    /// (8 or 9 in a quiet run; 14 leaves room for six such rounds in a loaded one). The observers voted first: an open
    /// poll's results reach those who voted in it (decision 054), earlier voters at most once a second (decision 055),
    /// so the rounds are more than a second apart.
    /// </summary>
    [SkippableFact]
    public async Task BallotsOnBothNodesAtOnceReachEachParticipantOnceAndExact()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);
        const int Rounds = 8;
        var (room, facilitator) = await OpenRoomAsync();
        await using var observerA = await GuestAsync(cluster.NodeA, room, "Écran sur A");
        await using var observerB = await GuestAsync(cluster.NodeB, room, "Écran sur B");
        await using var voterA = await GuestAsync(cluster.NodeA, room, "Votant sur A");
        await using var voterB = await GuestAsync(cluster.NodeB, room, "Votante sur B");
        var poll = await OpenPollAsync(facilitator);
        await observerB.Events.WaitForAsync<PollView>(LiveEvents.PollOpened, p => p.Id == poll.Id);
        await Task.WhenAll(Vote(observerA, poll.Id, poll.Options[0].Id), Vote(observerB, poll.Id, poll.Options[0].Id));
        var before = new Dictionary<RoomClient, int>();
        foreach (var observer in new[] { observerA, observerB })
        {
            await observer.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 2);
            await Task.Delay(RoundPause);
            before[observer] = observer.Events.All<PollTally>(LiveEvents.PollResults).Count;
        }

        for (var round = 0; round < Rounds; round++)
        {
            await Task.WhenAll(Vote(voterA, poll.Id, poll.Options[round % 3].Id), Vote(voterB, poll.Id, poll.Options[(round + 1) % 3].Id));
            await Task.Delay(RoundPause);
        }

        // The last round: A on option (7 % 3) = 1, B on option (8 % 3) = 2; the observers stay on option 0.
        foreach (var observer in new[] { observerA, observerB })
        {
            await observer.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Options[0].Votes == 2 && t.Options[1].Votes == 1);
            var received = observer.Events.All<PollTally>(LiveEvents.PollResults).Skip(before[observer]).Where(t => t.PollId == poll.Id).ToList();
            Assert.InRange(received.Count, Rounds, (2 * Rounds) - 2);
            Assert.Equal([2, 1, 1], received[^1].Options.Select(o => o.Votes));
            Assert.Equal(4, received[^1].Ballots);
        }

        await facilitator.DisposeAsync();
    }

    [SkippableFact]
    public async Task ABallotCastOnOneNodeReachesAParticipantOnTheOther()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);
        var (room, facilitator) = await OpenRoomAsync();
        await using var onB = await GuestAsync(cluster.NodeB, room, "Participante sur B");
        await using var onA = await GuestAsync(cluster.NodeA, room, "Participant sur A");
        var poll = await OpenPollAsync(facilitator);
        await onB.Events.WaitForAsync<PollView>(LiveEvents.PollOpened, p => p.Id == poll.Id);
        await Vote(onB, poll.Id, poll.Options[0].Id);
        await onB.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 1);

        await Vote(onA, poll.Id, poll.Options[1].Id);

        var results = await onB.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 2);
        Assert.Equal([1, 1, 0], results.Options.Select(o => o.Votes));
        await facilitator.DisposeAsync();
    }

    /// <summary>Presence, hands and upvotes go out from each node to its own connections: a change made on A reaches B.</summary>
    [SkippableFact]
    public async Task APresenceAHandAndAnUpvoteOnOneNodeReachAParticipantOnTheOther()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);
        var (room, facilitator) = await OpenRoomAsync();
        await using var onB = await GuestAsync(cluster.NodeB, room, "Participante sur B");
        var idea = await onB.Connection.InvokeAsync<IdeaView>("PostIdea", "Un tiers-lieu dans chaque canton", null);

        await using var onA = await GuestAsync(cluster.NodeA, room, "Participant sur A");
        await onB.Events.WaitForAsync<PresenceView>(LiveEvents.PresenceChanged, p => p.Present == 3);
        await onA.Connection.InvokeAsync<HandsView>("RaiseHand");
        await onB.Events.WaitForAsync<HandsView>(LiveEvents.HandsChanged, h => h.Queue.Count == 1);
        await onA.Connection.InvokeAsync<IdeaView>("UpvoteIdea", idea.Id);
        await onB.Events.WaitForAsync<IdeaView>(LiveEvents.IdeaUpdated, i => i.Id == idea.Id && i.Upvotes == 1);
        await facilitator.DisposeAsync();
    }

    [SkippableFact]
    public async Task ConcurrentBallotsOnBothNodesCloseWithTheExactTallyOnBothNodes()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);
        var (room, facilitator) = await OpenRoomAsync();
        await using var observerA = await GuestAsync(cluster.NodeA, room, "Écran sur A");
        await using var observerB = await GuestAsync(cluster.NodeB, room, "Écran sur B");
        var voters = await Task.WhenAll(Enumerable.Range(0, Voters).Select(i => GuestAsync(i % 2 == 0 ? cluster.NodeA : cluster.NodeB, room, $"Votant·e {i}")));
        var poll = await OpenPollAsync(facilitator);
        var options = poll.Options.Select(o => o.Id).ToArray();

        await Task.WhenAll(voters.Select((v, i) => Vote(v, poll.Id, options[i % 3])));
        // A third change their mind, on both nodes at once: the last ballot counts.
        await Task.WhenAll(voters.Take(Voters / 3).Select(v => Vote(v, poll.Id, options[2])));
        await facilitator.Connection.InvokeAsync<PollClosedView>("ClosePoll", poll.Id);

        var onA = await observerA.Events.WaitForAsync<PollClosedView>(LiveEvents.PollClosed, c => c.PollId == poll.Id);
        var onB = await observerB.Events.WaitForAsync<PollClosedView>(LiveEvents.PollClosed, c => c.PollId == poll.Id);
        var expected = Enumerable.Range(0, Voters).Select(i => i < Voters / 3 ? 2 : i % 3).GroupBy(o => o).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();
        var stored = await DemoRoom.BallotCountAsync(cluster.NodeB, poll.Id);
        Assert.Equal(Voters, stored);
        Assert.Equal(Voters, onA.Results.Ballots);
        Assert.Equal(string.Join(',', expected), Votes(onA));
        Assert.Equal(string.Join(',', expected), Votes(onB));
        Assert.Equal(onA.Results.Ballots, onB.Results.Ballots);
        await Task.WhenAll(voters.Select(v => v.DisposeAsync().AsTask()));
        await facilitator.DisposeAsync();
    }

    [SkippableFact]
    public async Task AGuestDroppedOnOneNodeAndBackOnTheOtherBeforeTheDepartureIsWrittenStaysPresent()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);
        var (room, facilitator) = await OpenRoomAsync();
        var onA = await RoomClient.ConnectAsync(cluster.NodeA, webSockets: true);
        var token = (await onA.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invitée itinérante")).GuestToken!;

        await onA.DisposeAsync();
        await using var onB = await RoomClient.ConnectAsync(cluster.NodeB, query: $"{RoomSession.GuestTokenQuery}={Uri.EscapeDataString(token)}", webSockets: true);
        await onB.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);

        // However late node A notices the drop and writes it, it closes only the join made on A.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var state = await facilitator.Connection.InvokeAsync<WorkshopState>("GetState");
        Assert.Equal((2, 2), (state.Presence.Present, state.Presence.Attended));
        await facilitator.DisposeAsync();
    }

    private async Task<(DemoRoom Room, RoomClient Facilitator)> OpenRoomAsync()
    {
        var room = await DemoRoom.CreateAsync(cluster.NodeA);
        var facilitator = await RoomClient.ConnectAsync(cluster.NodeA, await RoomClient.SignInAsync(cluster.NodeA, DemoRoom.Email(RoleNames.Facilitator)));
        await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return (room, facilitator);
    }

    private static async Task<RoomClient> GuestAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> node, DemoRoom room, string name)
    {
        var guest = await RoomClient.ConnectAsync(node, webSockets: true);
        await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, name);
        return guest;
    }

    private static Task<PollView> OpenPollAsync(RoomClient facilitator) => facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
        new PollDraft(PollKind.SingleChoice, "Quelle priorité pour le territoire ?", [new("Tiers-lieux", null), new("Fibre", null), new("Médiation", null)], null, null, null));

    private static Task<MyBallotView> Vote(RoomClient guest, Guid pollId, Guid optionId) =>
        guest.Connection.InvokeAsync<MyBallotView>("CastBallot", pollId, new BallotInput([optionId], null, null));

    private static string Votes(PollClosedView closed) => string.Join(',', closed.Results.Options.Select(o => o.Votes));
}
