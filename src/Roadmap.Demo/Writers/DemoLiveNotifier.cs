using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Demo.Writers;

/// <summary>Nobody is connected to a workshop room while the demo is written: its live events go nowhere.</summary>
internal sealed class DemoLiveNotifier : ILiveNotifier
{
    public Task ToWorkshopAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ToFacilitatorsAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ToParticipantAsync(Guid workshopId, string participantKey, string eventName, object payload, CancellationToken cancellationToken) => Task.CompletedTask;

    public void PollResultsChanged(Guid workshopId, Guid pollId)
    {
    }

    public void PresenceChanged(Guid workshopId)
    {
    }

    public void HandsChanged(Guid workshopId)
    {
    }

    public void IdeaChanged(Guid workshopId, Guid ideaId)
    {
    }
}
