using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Timer;
using Roadmap.Web.Hubs;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>A client that reconnects catches up with GetState; a server restart in the middle of a workshop loses nothing.</summary>
public sealed class WorkshopHubResilienceTests(HubAppFixture fixture) : IClassFixture<HubAppFixture>
{
    [Fact]
    public async Task AGuestWhoReconnectsCatchesUpWithGetState()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await fixture.MemberAsync(RoleNames.Facilitator);
        var facilitatorState = (await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null)).State;
        var first = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll", ChoicePoll("Première question ?"));
        var guest = await fixture.AnonymousAsync();
        var firstJoin = await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invitée Martin");
        var token = firstJoin.GuestToken!;
        await guest.Connection.InvokeAsync<MyBallotView>("CastBallot", first.Id, new BallotInput([first.Options[1].Id], null, null));
        await guest.DisposeAsync();

        await facilitator.Connection.InvokeAsync<ItemFocusedView>("FocusItem", facilitatorState.Agenda[1].Id);
        await facilitator.Connection.InvokeAsync<PollClosedView>("ClosePoll", first.Id);
        var second = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll", ChoicePoll("Seconde question ?"));
        await facilitator.Connection.InvokeAsync<IdeaView>("PostIdea", "Pendant votre absence", null);

        await using var back = await fixture.AnonymousAsync($"{RoomSession.GuestTokenQuery}={Uri.EscapeDataString(token)}");
        var rejoined = await back.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        var state = await back.Connection.InvokeAsync<WorkshopState>("GetState");

        Assert.Equal(firstJoin.ParticipantKey, rejoined.ParticipantKey);
        Assert.Equal("Invitée Martin", state.Me.DisplayName);
        Assert.Equal(facilitatorState.Agenda[1].Id, state.FocusedItemId);
        Assert.Equal([first.Options[1].Id], state.Polls.Single(p => p.Id == first.Id).MyBallot!.OptionIds);
        Assert.False(state.Polls.Single(p => p.Id == first.Id).IsOpen);
        Assert.Equal(1, state.Polls.Single(p => p.Id == first.Id).Results.Ballots);
        Assert.True(state.Polls.Single(p => p.Id == second.Id).IsOpen);
        Assert.Contains(state.Ideas, i => i.Text == "Pendant votre absence");
    }

    [Fact]
    public async Task ARestartInTheMiddleOfAWorkshopLosesNothing()
    {
        var folder = RoadmapWebFactory.NewFolder();
        DemoRoom room;
        PollView poll;
        var guestTokens = new List<string>();
        using (var before = new RoadmapWebFactory(folder) { KeepDatabase = true })
        {
            room = await DemoRoom.CreateAsync(before);
            await using var facilitator = await RoomClient.ConnectAsync(before, await RoomClient.SignInAsync(before, DemoRoom.Email(RoleNames.Facilitator)));
            var joined = await facilitator.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
            await facilitator.Connection.InvokeAsync<ItemFocusedView>("FocusItem", joined.State.Agenda[1].Id);
            await facilitator.Connection.InvokeAsync<TimerView>("StartTimer", 600);
            poll = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll", ChoicePoll("Avant le redémarrage ?"));
            for (var i = 0; i < 3; i++)
            {
                await using var guest = await RoomClient.ConnectAsync(before);
                guestTokens.Add((await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, $"Invité {i}")).GuestToken!);
                await guest.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, new BallotInput([poll.Options[i % 2].Id], null, null));
            }
        }

        using var after = new RoadmapWebFactory(folder);
        await using var returning = await RoomClient.ConnectAsync(after, query: $"{RoomSession.GuestTokenQuery}={Uri.EscapeDataString(guestTokens[0])}");
        await returning.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        var state = await returning.Connection.InvokeAsync<WorkshopState>("GetState");

        var resumed = state.Polls.Single(p => p.Id == poll.Id);
        Assert.Equal(WorkshopStatus.Live, state.Workshop.Status);
        Assert.True(resumed.IsOpen);
        Assert.Equal(3, resumed.Results.Ballots);
        Assert.Equal([poll.Options[0].Id], resumed.MyBallot!.OptionIds);
        Assert.Equal(state.Agenda[1].Id, state.FocusedItemId!.Value);
        Assert.True(state.Timer.Running);

        await using var latecomer = await RoomClient.ConnectAsync(after);
        await latecomer.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Retardataire");
        await latecomer.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, new BallotInput([poll.Options[1].Id], null, null));
        await using var facilitatorAfter = await RoomClient.ConnectAsync(after, await RoomClient.SignInAsync(after, DemoRoom.Email(RoleNames.Facilitator)));
        await facilitatorAfter.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        var closed = await facilitatorAfter.Connection.InvokeAsync<PollClosedView>("ClosePoll", poll.Id);
        Assert.Equal(4, closed.Results.Ballots);
        Assert.Equal(4, await DemoRoom.BallotCountAsync(after, poll.Id));
        Assert.Equal([2, 2], closed.Results.Options.Select(o => o.Votes));
    }

    private static PollDraft ChoicePoll(string question) =>
        new(PollKind.SingleChoice, question, [new("Oui", null), new("Non", null)], null, null, null);
}
