using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Agenda;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;
using Roadmap.Application.Workshops.Timer;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>
/// Everything a client needs to draw the room, as seen by the caller: what <c>Join</c> and
/// <c>GetState</c> return, and what a reconnecting client catches up with.
/// </summary>
public sealed record WorkshopState(
    RoomWorkshop Workshop,
    IReadOnlyList<AgendaItemView> Agenda,
    Guid? FocusedItemId,
    TimerView Timer,
    PresenceView Presence,
    IReadOnlyList<PollView> Polls,
    IReadOnlyList<IdeaView> Ideas,
    HandsView Hands,
    RoomMe Me,
    IReadOnlyList<string> Reactions,
    DateTimeOffset ServerTime);

/// <summary>The workshop's facts. <see cref="Minutes"/> is given to facilitators, and to everyone once published.</summary>
public sealed record RoomWorkshop(
    Guid Id,
    Guid RoadmapId,
    string RoadmapSlug,
    string RoadmapTitle,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    WorkshopMode Mode,
    string VisioLink,
    string Address,
    WorkshopStatus Status,
    string JoinCode,
    bool AllowGuests,
    IReadOnlyList<string> Facilitators,
    IReadOnlyList<AxisRef> Axes,
    string? Minutes,
    bool MinutesPublished);

/// <summary>The caller: their name in the room, whether a guest, whether they run the workshop.</summary>
public sealed record RoomMe(string DisplayName, bool IsGuest, bool IsFacilitator, bool IsPresent);
