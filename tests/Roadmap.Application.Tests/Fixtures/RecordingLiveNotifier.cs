using System.Collections.Concurrent;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>Records what handlers push to the room instead of sending it.</summary>
internal sealed class RecordingLiveNotifier : ILiveNotifier
{
    public ConcurrentQueue<(string Target, string Event, object Payload)> Sent { get; } = new();

    public ConcurrentQueue<(string Kind, Guid Id)> Marked { get; } = new();

    public IEnumerable<T> Payloads<T>(string eventName) => Sent.Where(s => s.Event == eventName).Select(s => s.Payload).OfType<T>();

    public Task ToWorkshopAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) => Record("workshop", eventName, payload);

    public Task ToFacilitatorsAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) => Record("facilitators", eventName, payload);

    public Task ToParticipantAsync(Guid workshopId, string participantKey, string eventName, object payload, CancellationToken cancellationToken) =>
        Record("participant:" + participantKey, eventName, payload);

    public void PollResultsChanged(Guid workshopId, Guid pollId) => Marked.Enqueue(("poll", pollId));

    public void PresenceChanged(Guid workshopId) => Marked.Enqueue(("presence", workshopId));

    public void HandsChanged(Guid workshopId) => Marked.Enqueue(("hands", workshopId));

    public void IdeaChanged(Guid workshopId, Guid ideaId) => Marked.Enqueue(("idea", ideaId));

    private Task Record(string target, string eventName, object payload)
    {
        Sent.Enqueue((target, eventName, payload));
        return Task.CompletedTask;
    }
}
