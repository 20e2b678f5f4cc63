using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Common.Transactions;

/// <summary>
/// The <see cref="ILiveNotifier"/> handlers receive: it passes each event to the real one (SignalR)
/// only once the use case's writes are committed, so that a client never refetches a state older
/// than the event, nor hears of a change that was rolled back.
/// </summary>
internal sealed class AfterCommitLiveNotifier(ILiveNotifier delivery, AfterCommit afterCommit) : ILiveNotifier
{
    public Task ToWorkshopAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) =>
        afterCommit.RunAsync(token => delivery.ToWorkshopAsync(workshopId, eventName, payload, token), cancellationToken);

    public Task ToFacilitatorsAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) =>
        afterCommit.RunAsync(token => delivery.ToFacilitatorsAsync(workshopId, eventName, payload, token), cancellationToken);

    public Task ToParticipantAsync(Guid workshopId, string participantKey, string eventName, object payload, CancellationToken cancellationToken) =>
        afterCommit.RunAsync(token => delivery.ToParticipantAsync(workshopId, participantKey, eventName, payload, token), cancellationToken);

    public void PollResultsChanged(Guid workshopId, Guid pollId) => afterCommit.Run(() => delivery.PollResultsChanged(workshopId, pollId));

    public void PresenceChanged(Guid workshopId) => afterCommit.Run(() => delivery.PresenceChanged(workshopId));

    public void HandsChanged(Guid workshopId) => afterCommit.Run(() => delivery.HandsChanged(workshopId));

    public void IdeaChanged(Guid workshopId, Guid ideaId) => afterCommit.Run(() => delivery.IdeaChanged(workshopId, ideaId));
}
