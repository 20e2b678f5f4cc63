
using Roadmap.Application.Workshops.GetWorkshopState;

namespace Roadmap.Application.Workshops.JoinWorkshop;

/// <summary>
/// What joining gives back: the room's state and who the caller is in it. <see cref="GuestToken"/> is
/// set for guests only: the client keeps it (session storage) and presents it again to stay the same
/// guest after a reconnect. <see cref="ParticipantKey"/> is the caller's identity in the room.
/// </summary>
public sealed record JoinResult(Guid WorkshopId, string ParticipantKey, string? GuestToken, bool IsFacilitator, WorkshopState State);
