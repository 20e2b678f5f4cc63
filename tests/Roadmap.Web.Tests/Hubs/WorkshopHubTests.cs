using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Application.Workshops.Timer;
using Roadmap.Web.Tests.Hubs.Support;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>Each hub method through the real app and the .NET client: what it returns and what the room receives.</summary>
public sealed class WorkshopHubTests(HubAppFixture fixture) : IClassFixture<HubAppFixture>
{
    [Fact]
    public async Task JoinReturnsTheRoomAsTheCallerSeesIt()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var citizen = await fixture.MemberAsync(RoleNames.Citizen);

        var joined = await citizen.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);

        Assert.Equal("Atelier des communes", joined.State.Workshop.Title);
        Assert.False(joined.IsFacilitator);
        Assert.Equal(WorkshopStatus.Scheduled, joined.State.Workshop.Status);
    }

    [Fact]
    public async Task TheFacilitatorsJoinOpensTheRoomForThoseWaiting()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var citizen = await JoinAsync(room, RoleNames.Citizen);

        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);

        await citizen.Events.WaitForAsync<PresenceView>(LiveEvents.PresenceChanged, p => p.Status == WorkshopStatus.Live && p.Present == 2);
    }

    [Fact]
    public async Task AGuestJoinsWithANameAndGetsAToken()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var guest = await fixture.AnonymousAsync();

        var joined = await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invitée Martin");

        Assert.Equal("Invitée Martin", joined.State.Me.DisplayName);
        Assert.True(joined.State.Me.IsGuest);
        Assert.NotNull(joined.GuestToken);
    }

    [Fact]
    public async Task GetStateReturnsTheCurrentRoom()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        await using var facilitator = await JoinAsync(room, RoleNames.Facilitator);

        var state = await facilitator.Connection.InvokeAsync<WorkshopState>("GetState");

        Assert.Equal(room.WorkshopId, state.Workshop.Id);
        Assert.True(state.Me.IsFacilitator);
        Assert.Equal(room.AxisIds.Count, state.Agenda.Count);
    }

    [Fact]
    public async Task RaisedHandsReachTheRoomAndTheFacilitatorCallsOnThem()
    {
        var (room, facilitator, citizen) = await LiveRoomAsync();
        await using var _ = facilitator;
        await using var __ = citizen;

        var raised = await citizen.Connection.InvokeAsync<HandsView>("RaiseHand");
        await facilitator.Events.WaitForAsync<HandsView>(LiveEvents.HandsChanged, h => h.Queue.Count == 1);
        var called = await facilitator.Connection.InvokeAsync<HandsView>("CallOnNextHand");

        Assert.Equal(raised.MyHandId, called.LastCalled!.Id);
        await citizen.Events.WaitForAsync<HandsView>(LiveEvents.HandsChanged, h => h.LastCalled?.Id == raised.MyHandId);
    }

    [Fact]
    public async Task ALoweredHandLeavesTheQueue()
    {
        var (_, facilitator, citizen) = await LiveRoomAsync();
        await using var _f = facilitator;
        await using var _c = citizen;
        await citizen.Connection.InvokeAsync<HandsView>("RaiseHand");

        var lowered = await citizen.Connection.InvokeAsync<HandsView>("LowerHand");

        Assert.Empty(lowered.Queue);
        await facilitator.Events.WaitForAsync<HandsView>(LiveEvents.HandsChanged, h => h.Queue.Count == 0);
    }

    [Fact]
    public async Task PostedIdeasAreUpvotedGroupedHiddenAndPromoted()
    {
        var (room, facilitator, citizen) = await LiveRoomAsync();
        await using var _f = facilitator;
        await using var _c = citizen;
        var idea = await citizen.Connection.InvokeAsync<IdeaView>("PostIdea", "Un bus numérique itinérant", null);
        await facilitator.Events.WaitForAsync<IdeaView>(LiveEvents.IdeaPosted, i => i.Id == idea.Id);
        var other = await citizen.Connection.InvokeAsync<IdeaView>("PostIdea", "Hors sujet", null);

        var upvoted = await facilitator.Connection.InvokeAsync<IdeaView>("UpvoteIdea", idea.Id);
        var grouped = await facilitator.Connection.InvokeAsync<IdeaView>("GroupIdea", idea.Id, room.AxisIds[1]);
        var hidden = await facilitator.Connection.InvokeAsync<IdeaView>("HideIdea", other.Id, "Sans rapport avec l'atelier");
        var promoted = await facilitator.Connection.InvokeAsync<IdeaView>("PromoteIdea", idea.Id, room.AxisIds[0]);

        Assert.Equal(1, upvoted.Upvotes);
        Assert.Equal(room.AxisIds[1], grouped.GroupedAxisId!.Value);
        Assert.True(hidden.IsHidden);
        Assert.NotNull(promoted.PromotedActionLink);
        await citizen.Events.WaitForAsync<IdeaView>(LiveEvents.IdeaUpdated, i => i.Id == idea.Id && i.PromotedActionId is not null);
        await citizen.Events.WaitForAsync<IdeaView>(LiveEvents.IdeaUpdated, i => i.Id == other.Id && i.IsHidden && i.Text.Length == 0);
    }

    [Fact]
    public async Task APollOpensCollectsBallotsAndClosesWithTheExactTally()
    {
        var (_, facilitator, citizen) = await LiveRoomAsync();
        await using var _f = facilitator;
        await using var _c = citizen;
        var poll = await facilitator.Connection.InvokeAsync<PollView>("OpenPoll",
            new PollDraft(PollKind.DotVoting, "Où mettre nos points ?", [new("Tiers-lieux", null), new("Fibre", null)], null, 3, null));
        await citizen.Events.WaitForAsync<PollView>(LiveEvents.PollOpened, p => p.Id == poll.Id);

        var mine = await citizen.Connection.InvokeAsync<MyBallotView>("CastBallot", poll.Id, new BallotInput(null, [new(poll.Options[0].Id, 2), new(poll.Options[1].Id, 1)], null));
        await facilitator.Events.WaitForAsync<PollTally>(LiveEvents.PollResults, t => t.PollId == poll.Id && t.Ballots == 1);
        var closed = await facilitator.Connection.InvokeAsync<PollClosedView>("ClosePoll", poll.Id);

        Assert.Equal(3, mine.Points.Sum(p => p.Points));
        Assert.Equal([2, 1], closed.Results.Options.Select(o => o.Points));
        await citizen.Events.WaitForAsync<PollClosedView>(LiveEvents.PollClosed, c => c.PollId == poll.Id && c.Results.Ballots == 1);
    }

    [Fact]
    public async Task FocusTimerAndReactionsReachTheRoom()
    {
        var (room, facilitator, citizen) = await LiveRoomAsync();
        await using var _f = facilitator;
        await using var _c = citizen;
        var state = await citizen.Connection.InvokeAsync<WorkshopState>("GetState");

        await facilitator.Connection.InvokeAsync<ItemFocusedView>("FocusItem", state.Agenda[1].Id);
        await facilitator.Connection.InvokeAsync<TimerView>("StartTimer", 120);
        await facilitator.Connection.InvokeAsync<TimerView>("StopTimer");
        await citizen.Connection.InvokeAsync("React", "👏");

        await citizen.Events.WaitForAsync<ItemFocusedView>(LiveEvents.ItemFocused, f => f.AgendaItemId == state.Agenda[1].Id);
        await citizen.Events.WaitForAsync<TimerView>(LiveEvents.TimerChanged, t => t.Running && t.RemainingSeconds == 120);
        await citizen.Events.WaitForAsync<TimerView>(LiveEvents.TimerChanged, t => !t.Running && t.StoppedAt is not null);
        await facilitator.Events.WaitForAsync<ReactionView>(LiveEvents.Reaction, r => r.Emoji == "👏");
    }

    [Fact]
    public async Task LeavingMarksTheParticipantAsGone()
    {
        var (_, facilitator, citizen) = await LiveRoomAsync();
        await using var _f = facilitator;
        await using var _c = citizen;

        await citizen.Connection.InvokeAsync("Leave");

        await facilitator.Events.WaitForAsync<PresenceView>(LiveEvents.PresenceChanged, p => p.Present == 1 && p.Attended == 2);
    }

    [Fact]
    public async Task EndingTheWorkshopTellsEveryoneAndClosesTheRoom()
    {
        var (_, facilitator, citizen) = await LiveRoomAsync();
        await using var _f = facilitator;
        await using var _c = citizen;

        await facilitator.Connection.InvokeAsync<WorkshopEndedView>("EndWorkshop");

        await citizen.Events.WaitForAsync<WorkshopEndedView>(LiveEvents.WorkshopEnded);
        var refused = await Assert.ThrowsAsync<HubException>(() => citizen.Connection.InvokeAsync<IdeaView>("PostIdea", "Trop tard", null));
        Assert.Contains("terminé", refused.Shown(), StringComparison.Ordinal);
    }

    private async Task<RoomClient> JoinAsync(DemoRoom room, string role)
    {
        var client = await fixture.MemberAsync(role);
        await client.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
        return client;
    }

    private async Task<(DemoRoom Room, RoomClient Facilitator, RoomClient Citizen)> LiveRoomAsync()
    {
        var room = await DemoRoom.CreateAsync(fixture.App);
        var facilitator = await JoinAsync(room, RoleNames.Facilitator);
        var citizen = await JoinAsync(room, RoleNames.Citizen);
        return (room, facilitator, citizen);
    }
}
