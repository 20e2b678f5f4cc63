using MediatR;
using Microsoft.AspNetCore.SignalR;
using Roadmap.Application.Common.Metrics;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.CallOnNextHand;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.CountHands;
using Roadmap.Application.Workshops.EndWorkshop;
using Roadmap.Application.Workshops.FocusItem;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.GroupIdea;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.HideIdea;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.LeaveWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.LowerHand;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.PostIdea;
using Roadmap.Application.Workshops.PromoteIdea;
using Roadmap.Application.Workshops.RaiseHand;
using Roadmap.Application.Workshops.React;
using Roadmap.Application.Workshops.StartTimer;
using Roadmap.Application.Workshops.StopTimer;
using Roadmap.Application.Workshops.Timer;
using Roadmap.Application.Workshops.UpvoteIdea;
using Roadmap.Web.Realtime;

namespace Roadmap.Web.Hubs;

/// <summary>
/// The live workshop room at <c>/hubs/workshop</c> (docs/workshop-hub.md). Each method forwards one
/// Application request; who may do what is decided there. After <see cref="Join"/> the connection
/// remembers its workshop and identity (<see cref="RoomSession"/>).
/// </summary>
internal sealed class WorkshopHub(IMediator mediator, ConnectionRegistry registry, RoomDepartures departures, SignedInConnections sessions, LiveNode node, LiveCoalescer coalescer, RoadmapMetrics metrics) : Hub
{
    /// <summary>A signed-in connection is watched, and closed when the account's session ends.</summary>
    public override Task OnConnectedAsync()
    {
        sessions.Add(Context);
        metrics.HubConnected();
        return base.OnConnectedAsync();
    }

    public async Task<JoinResult> Join(string joinCode, string? guestName)
    {
        var joined = await mediator.Send(new JoinWorkshop(joinCode, guestName, RoomSession.GuestTokenOf(Context)), Context.ConnectionAborted);
        await LeaveGroupsAsync(RoomSession.Of(Context));
        var session = RoomSession.From(joined);
        session.Store(Context);
        registry.Connected(session.WorkshopId, session.ParticipantKey, session.JoinedAt);
        await Groups.AddToGroupAsync(Context.ConnectionId, WorkshopGroups.Room(session.WorkshopId));
        await Groups.AddToGroupAsync(Context.ConnectionId, WorkshopGroups.Participant(session.WorkshopId, session.ParticipantKey));
        if (session.IsFacilitator)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, WorkshopGroups.Facilitators(session.WorkshopId));
        }

        if (node.AmongOthers)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, node.Room(session.WorkshopId));
            if (session.IsFacilitator)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, node.Facilitators(session.WorkshopId));
            }
        }

        // Someone coming back to an open poll whose results Application shows them (they voted in it) gets them live again.
        foreach (var poll in joined.State.Polls.Where(p => p.IsOpen && !p.ResultsWithheld))
        {
            await ReceiveResultsAsync(session, poll.Id);
        }

        return joined;
    }

    public async Task Leave()
    {
        var session = RoomSession.Require(Context);
        await mediator.Send(new LeaveWorkshop(session.WorkshopId, session.GuestToken), Context.ConnectionAborted);
        await LeaveGroupsAsync(session);
        RoomSession.Clear(Context);
    }

    public Task<WorkshopState> GetState() => Send(s => new GetWorkshopState(s.WorkshopId, s.GuestToken));

    public Task<HandsView> RaiseHand() => Send(s => new RaiseHand(s.WorkshopId, s.GuestToken));

    public Task<HandsView> LowerHand() => Send(s => new LowerHand(s.WorkshopId, s.GuestToken));

    public Task<IdeaView> PostIdea(string text, Guid? axisId) => Send(s => new PostIdea(s.WorkshopId, s.GuestToken, text, axisId));

    public Task<IdeaView> UpvoteIdea(Guid ideaId) => Send(s => new UpvoteIdea(s.WorkshopId, s.GuestToken, ideaId));

    public async Task<MyBallotView> CastBallot(Guid pollId, BallotInput ballot)
    {
        var session = RoomSession.Require(Context);
        var mine = await mediator.Send(new CastBallot(session.WorkshopId, session.GuestToken, pollId, ballot), Context.ConnectionAborted);
        await ReceiveResultsAsync(session, pollId);
        return mine;
    }

    public Task React(string emoji) => Send(s => new React(s.WorkshopId, s.GuestToken, emoji));

    public Task<ItemFocusedView> FocusItem(Guid agendaItemId) => Send(s => new FocusItem(s.WorkshopId, agendaItemId));

    public Task<PollView> OpenPoll(PollDraft poll) => Send(s => new OpenPoll(s.WorkshopId, poll));

    public Task<PollClosedView> ClosePoll(Guid pollId) => Send(s => new ClosePoll(s.WorkshopId, pollId));

    public Task<PollTally> CountHands(Guid pollId, IReadOnlyList<OptionHandCount> counts) => Send(s => new CountHands(s.WorkshopId, pollId, counts));

    public Task<TimerView> StartTimer(int seconds) => Send(s => new StartTimer(s.WorkshopId, seconds));

    public Task<TimerView> StopTimer() => Send(s => new StopTimer(s.WorkshopId));

    public Task<HandsView> CallOnNextHand() => Send(s => new CallOnNextHand(s.WorkshopId));

    public Task<IdeaView> PromoteIdea(Guid ideaId, Guid axisId) => Send(s => new PromoteIdea(s.WorkshopId, ideaId, axisId));

    public Task<IdeaView> GroupIdea(Guid ideaId, Guid axisId) => Send(s => new GroupIdea(s.WorkshopId, ideaId, axisId));

    public Task<IdeaView> HideIdea(Guid ideaId, string reason) => Send(s => new HideIdea(s.WorkshopId, ideaId, reason));

    public Task<WorkshopEndedView> EndWorkshop() => Send(s => new EndWorkshop(s.WorkshopId));

    /// <summary>The last connection of a participant on this node going away marks them as gone, with the room's other departures of the moment.</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Remove(Context);
        metrics.HubDisconnected();
        if (RoomSession.Of(Context) is { } session && registry.Disconnected(session.WorkshopId, session.ParticipantKey, session.JoinedAt, out var latestJoin))
        {
            departures.Departed(session.WorkshopId, session.ParticipantKey, latestJoin);
        }

        await base.OnDisconnectedAsync(exception);
    }

    private Task<T> Send<T>(Func<RoomSession, IRequest<T>> request) => mediator.Send(request(RoomSession.Require(Context)), Context.ConnectionAborted);

    /// <summary>
    /// Puts this connection among the poll's voters on this node, who receive its live results (decision 054; the
    /// facilitators get them anyway), and has the next tick send it the tally first (decision 055): the tick that counted
    /// the ballot may have gone out before the connection was in the group, and the group's own pace is slower.
    /// </summary>
    private async Task ReceiveResultsAsync(RoomSession session, Guid pollId)
    {
        if (session.IsFacilitator)
        {
            return;
        }

        if (session.Voted(pollId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, node.Voters(session.WorkshopId, pollId));
        }

        coalescer.Voted(session.WorkshopId, pollId, Context.ConnectionId);
    }

    private async Task LeaveGroupsAsync(RoomSession? session)
    {
        if (session is null)
        {
            return;
        }

        registry.Disconnected(session.WorkshopId, session.ParticipantKey, session.JoinedAt, out _);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, WorkshopGroups.Room(session.WorkshopId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, WorkshopGroups.Participant(session.WorkshopId, session.ParticipantKey));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, WorkshopGroups.Facilitators(session.WorkshopId));
        foreach (var pollId in session.VotedIn)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, node.Voters(session.WorkshopId, pollId));
        }

        if (node.AmongOthers)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, node.Room(session.WorkshopId));
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, node.Facilitators(session.WorkshopId));
        }
    }
}
