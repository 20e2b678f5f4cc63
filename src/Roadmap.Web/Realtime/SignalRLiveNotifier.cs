using Microsoft.AspNetCore.SignalR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Hubs;

namespace Roadmap.Web.Realtime;

/// <summary>
/// <see cref="ILiveNotifier"/> over the hub's groups (through the Redis backplane when configured). The coalesced changes
/// are marked here and relayed to the other nodes, each sending them to its own connections (<see cref="LiveNode"/>).
/// A send that fails is logged and swallowed: the change is saved and clients catch up with GetState.
/// </summary>
internal sealed partial class SignalRLiveNotifier(IHubContext<WorkshopHub> hub, LiveCoalescer coalescer, LiveMarkRelay relay, ILogger<SignalRLiveNotifier> logger) : ILiveNotifier
{
    public Task ToWorkshopAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) =>
        SendAsync(WorkshopGroups.Room(workshopId), eventName, payload, cancellationToken);

    public Task ToFacilitatorsAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) =>
        SendAsync(WorkshopGroups.Facilitators(workshopId), eventName, payload, cancellationToken);

    public Task ToParticipantAsync(Guid workshopId, string participantKey, string eventName, object payload, CancellationToken cancellationToken) =>
        SendAsync(WorkshopGroups.Participant(workshopId, participantKey), eventName, payload, cancellationToken);

    public void PollResultsChanged(Guid workshopId, Guid pollId) => Changed(LiveMark.Poll, workshopId, pollId);

    public void PresenceChanged(Guid workshopId) => Changed(LiveMark.Presence, workshopId, workshopId);

    public void HandsChanged(Guid workshopId) => Changed(LiveMark.Hands, workshopId, workshopId);

    public void IdeaChanged(Guid workshopId, Guid ideaId) => Changed(LiveMark.Idea, workshopId, ideaId);

    /// <summary>Marked here for this node's coalescer, relayed for the others'.</summary>
    private void Changed(LiveMark mark, Guid workshopId, Guid key)
    {
        coalescer.Mark(mark, workshopId, key);
        relay.Relay(mark, workshopId, key);
    }

    private async Task SendAsync(string group, string eventName, object payload, CancellationToken cancellationToken)
    {
        try
        {
            await hub.Clients.Group(group).SendAsync(eventName, payload, cancellationToken);
            LiveMetrics.Sent(eventName);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SendFailed(logger, ex, eventName, group);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Event} to {Group}")]
    private static partial void SendFailed(ILogger logger, Exception exception, string @event, string group);
}
