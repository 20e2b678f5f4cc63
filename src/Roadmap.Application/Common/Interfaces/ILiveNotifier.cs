namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// Pushes workshop events to the people connected to the live room (implemented over SignalR in
/// Web). Handlers call it after saving; a failure to deliver is logged, never thrown, because what
/// is saved stays true and clients catch up with GetState. Event names are in <c>LiveEvents</c>.
/// </summary>
public interface ILiveNotifier
{
    /// <summary>Everyone who joined the workshop.</summary>
    Task ToWorkshopAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken);

    /// <summary>Only the facilitators' connections (console, big screen).</summary>
    Task ToFacilitatorsAsync(Guid workshopId, string eventName, object payload, CancellationToken cancellationToken);

    /// <summary>Every connection of one participant (a phone and a laptop, say).</summary>
    Task ToParticipantAsync(Guid workshopId, string participantKey, string eventName, object payload, CancellationToken cancellationToken);

    /// <summary>A ballot changed: results are sent coalesced, at most one <c>PollResults</c> per poll every ~200 ms.</summary>
    void PollResultsChanged(Guid workshopId, Guid pollId);

    /// <summary>Someone joined or left: <c>PresenceChanged</c> is sent coalesced like results.</summary>
    void PresenceChanged(Guid workshopId);

    /// <summary>The speaking queue changed (a hand raised, lowered or called on): <c>HandsChanged</c> is sent coalesced.</summary>
    void HandsChanged(Guid workshopId);

    /// <summary>An idea changed (upvotes, grouping, hiding, promotion): <c>IdeaUpdated</c> is sent coalesced.</summary>
    void IdeaChanged(Guid workshopId, Guid ideaId);
}
