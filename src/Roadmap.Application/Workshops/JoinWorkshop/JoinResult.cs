
using Roadmap.Application.Workshops.GetWorkshopState;

namespace Roadmap.Application.Workshops.JoinWorkshop;

/// <summary>
/// What joining gives back: the room's state and who the caller is in it. <see cref="GuestToken"/> is
/// set for guests only: the client keeps it (session storage) and presents it again to stay the same
/// guest after a reconnect. <see cref="ParticipantKey"/> is the caller's identity in the room. <see cref="JoinedAt"/> is
/// the instant this join was recorded: the node keeps it, so that a departure it notices late only ever closes this
/// join, never a later one made on another node.
/// </summary>
public sealed record JoinResult(Guid WorkshopId, string ParticipantKey, string? GuestToken, bool IsFacilitator, DateTimeOffset JoinedAt, WorkshopState State);
