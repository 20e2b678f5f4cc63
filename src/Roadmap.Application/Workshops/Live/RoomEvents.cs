namespace Roadmap.Application.Workshops.Live;

/// <summary>Payload of <c>ItemFocused</c>.</summary>
public sealed record ItemFocusedView(Guid WorkshopId, Guid AgendaItemId, DateTimeOffset FocusedAt);

/// <summary>Payload of <c>Reaction</c>: anonymous on purpose.</summary>
public sealed record ReactionView(Guid WorkshopId, string Emoji, DateTimeOffset At);

/// <summary>Payload of <c>WorkshopEnded</c>.</summary>
public sealed record WorkshopEndedView(Guid WorkshopId, DateTimeOffset EndedAt);
