using System.Collections.Concurrent;
using System.Diagnostics;
using MediatR;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Roadmap.Application.Workshops.GetHands;
using Roadmap.Application.Workshops.GetIdea;
using Roadmap.Application.Workshops.GetPollResults;
using Roadmap.Application.Workshops.GetPresence;
using Roadmap.Application.Workshops.Live;
using Roadmap.Web.Hubs;

namespace Roadmap.Web.Realtime;

/// <summary>What changed in a room, as <see cref="LiveCoalescer"/> marks it and <see cref="LiveMarkRelay"/> relays it (one character each).</summary>
internal enum LiveMark
{
    Poll = 'p',
    Presence = 'r',
    Hands = 'h',
    Idea = 'i',
}

/// <summary>
/// Turns bursts into a steady trickle: a ballot, a join, a hand or an upvote only marks its poll,
/// workshop or idea as changed; every ~200 ms the marked ones are read back from the database (so what is
/// sent is exact at that instant) and sent once — at most one <c>PollResults</c> per poll per tick,
/// whatever the number of ballots. Final results go out with <c>PollClosed</c>, not from here. A room's presence goes
/// out at most once per <see cref="RealtimeOptions.PresenceMilliseconds"/>: a change marked sooner waits for a later
/// flush, so the last change of a burst is always sent. Among other nodes, each sends to the room's connections it holds
/// (<see cref="LiveNode"/>) what any node marked (<see cref="LiveMarkRelay"/>). An open poll's results go to those who
/// voted in it and to the facilitators (decision 054), not to the whole room: first to the voters whose ballot no tally
/// reached yet (<see cref="Voted"/>) and to the facilitators, at every flush; to the poll's other voters at most once per
/// <see cref="RealtimeOptions.VoterResultsMilliseconds"/>, the last change always (decision 055).
/// </summary>
internal sealed partial class LiveCoalescer(IServiceScopeFactory scopes, IHubContext<WorkshopHub> hub, LiveNode node, IOptions<RealtimeOptions> options, ILogger<LiveCoalescer> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Guid> _polls = new();
    private readonly ConcurrentDictionary<Guid, Guid> _presence = new();
    private readonly ConcurrentDictionary<Guid, Guid> _ideas = new();
    private readonly ConcurrentDictionary<Guid, Guid> _hands = new();

    private readonly SendPace _presencePace = new(TimeSpan.FromMilliseconds(Math.Max(0, options.Value.PresenceMilliseconds)));

    private readonly SendPace _votersPace = new(TimeSpan.FromMilliseconds(Math.Max(0, options.Value.VoterResultsMilliseconds)));

    /// <summary>Per poll, this node's connections whose latest ballot no tally has reached yet.</summary>
    private readonly Dictionary<Guid, HashSet<string>> _newVoters = [];

    private readonly Lock _newVotersGate = new();

    /// <summary>Open polls (and their workshop) whose voters have not had the latest tally yet: sent when their pace allows.</summary>
    private readonly Dictionary<Guid, Guid> _owedToVoters = [];

    /// <summary>Marks a room's poll, idea (<paramref name="key"/>), presence or hands as changed; an unknown kind is ignored.</summary>
    public void Mark(LiveMark mark, Guid workshopId, Guid key)
    {
        switch (mark)
        {
            case LiveMark.Poll:
                _polls[key] = workshopId;
                break;
            case LiveMark.Presence:
                _presence[workshopId] = workshopId;
                break;
            case LiveMark.Hands:
                _hands[workshopId] = workshopId;
                break;
            case LiveMark.Idea:
                _ideas[key] = workshopId;
                break;
        }
    }

    /// <summary>
    /// A ballot of <paramref name="connectionId"/> (a participant's, on this node) was recorded: the next flush sends it
    /// the poll's tally, counting that ballot, before anyone else's (decision 055). Marks the poll.
    /// </summary>
    public void Voted(Guid workshopId, Guid pollId, string connectionId)
    {
        lock (_newVotersGate)
        {
            if (!_newVoters.TryGetValue(pollId, out var connections))
            {
                _newVoters[pollId] = connections = new(StringComparer.Ordinal);
            }

            connections.Add(connectionId);
        }

        // After the connection is listed: a flush that takes this mark finds it.
        Mark(LiveMark.Poll, workshopId, pollId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(20, options.Value.CoalesceMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                FlushFailed(logger, ex);
            }
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var now = Stopwatch.GetTimestamp();
        _presencePace.Expire(now);
        _votersPace.Expire(now);
        var polls = Take(_polls);
        var owed = _owedToVoters.Where(p => _votersPace.Due(p.Key) && !polls.Contains((p.Key, p.Value))).Select(p => (p.Key, p.Value)).ToList();
        var presence = DuePresence(Take(_presence));
        var ideas = Take(_ideas);
        var hands = Take(_hands);
        if (polls.Count + owed.Count + presence.Count + ideas.Count + hands.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var (pollId, workshopId) in polls)
        {
            await SendResultsAsync(mediator, workshopId, pollId, TakeNewVoters(pollId), now, cancellationToken);
        }

        foreach (var (pollId, workshopId) in owed)
        {
            await SendResultsAsync(mediator, workshopId, pollId, null, now, cancellationToken);
        }

        foreach (var (workshopId, _) in presence)
        {
            _presencePace.Sent(workshopId, now);
            await SendAsync(node.Room(workshopId), LiveEvents.PresenceChanged, await mediator.Send(new GetPresence(workshopId), cancellationToken), cancellationToken);
        }

        foreach (var (workshopId, _) in hands)
        {
            await SendAsync(node.Room(workshopId), LiveEvents.HandsChanged, await mediator.Send(new GetHands(workshopId), cancellationToken), cancellationToken);
        }

        foreach (var (ideaId, workshopId) in ideas)
        {
            if (await mediator.Send(new GetIdea(ideaId), cancellationToken) is not { } idea)
            {
                continue;
            }

            await SendAsync(node.Room(workshopId), LiveEvents.IdeaUpdated, idea.ForParticipants(), cancellationToken);
            if (idea.IsHidden)
            {
                // Facilitators get the whole idea after the redacted one, so they end with the full text.
                await SendAsync(node.Facilitators(workshopId), LiveEvents.IdeaUpdated, idea, cancellationToken);
            }
        }
    }

    /// <summary>
    /// An open poll's tally (decision 054, 055): a changed poll's (<paramref name="newVoters"/> not null) to its new voters
    /// one by one, then to the facilitators; to the other voters when their pace allows, else owed to them.
    /// </summary>
    private async Task SendResultsAsync(IMediator mediator, Guid workshopId, Guid pollId, List<string>? newVoters, long now, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetPollResults(pollId), cancellationToken) is not { IsFinal: false } tally)
        {
            // Closed (its final results went with PollClosed) or gone.
            _owedToVoters.Remove(pollId);
            return;
        }

        if (newVoters is not null)
        {
            if (newVoters.Count > 0)
            {
                await Task.WhenAll(newVoters.Select(id => hub.Clients.Client(id).SendAsync(LiveEvents.PollResults, tally, cancellationToken)));
                LiveMetrics.Sent(LiveEvents.PollResults);
            }

            await SendAsync(node.Facilitators(workshopId), LiveEvents.PollResults, tally, cancellationToken);
        }

        if (!_votersPace.Due(pollId))
        {
            _owedToVoters[pollId] = workshopId;
            return;
        }

        _votersPace.Sent(pollId, now);
        _owedToVoters.Remove(pollId);
        // The new voters are in the group too (the hub put them there): they just had this tally.
        await hub.Clients.GroupExcept(node.Voters(workshopId, pollId), newVoters ?? []).SendAsync(LiveEvents.PollResults, tally, cancellationToken);
        LiveMetrics.Sent(LiveEvents.PollResults);
    }

    private List<string> TakeNewVoters(Guid pollId)
    {
        lock (_newVotersGate)
        {
            return _newVoters.Remove(pollId, out var connections) ? [.. connections] : [];
        }
    }

    private async Task SendAsync(string group, string eventName, object payload, CancellationToken cancellationToken)
    {
        await hub.Clients.Group(group).SendAsync(eventName, payload, cancellationToken);
        LiveMetrics.Sent(eventName);
    }

    /// <summary>The marked rooms whose presence may go now; the others stay marked for a later flush.</summary>
    private List<(Guid Key, Guid WorkshopId)> DuePresence(List<(Guid Key, Guid WorkshopId)> marked)
    {
        var due = new List<(Guid, Guid)>(marked.Count);
        foreach (var room in marked)
        {
            if (!_presencePace.Due(room.WorkshopId))
            {
                _presence[room.Key] = room.WorkshopId;
            }
            else
            {
                due.Add(room);
            }
        }

        return due;
    }

    private static List<(Guid Key, Guid WorkshopId)> Take(ConcurrentDictionary<Guid, Guid> marked)
    {
        var taken = new List<(Guid, Guid)>();
        foreach (var key in marked.Keys)
        {
            if (marked.TryRemove(key, out var workshopId))
            {
                taken.Add((key, workshopId));
            }
        }

        return taken;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Flushing live workshop events failed")]
    private static partial void FlushFailed(ILogger logger, Exception exception);
}
