namespace Roadmap.Application.Workshops.Hands;

/// <summary>
/// The raised-hands queue, first raised first; <see cref="LastCalled"/> is the hand the facilitator
/// called last. <see cref="MyHandId"/> is the caller's hand (null in broadcast events).
/// </summary>
public sealed record HandsView(Guid WorkshopId, IReadOnlyList<HandView> Queue, HandView? LastCalled, Guid? MyHandId);

public sealed record HandView(Guid Id, string Name, DateTimeOffset RaisedAt, DateTimeOffset? CalledAt);
