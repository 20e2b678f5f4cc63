using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.ListWorkshops;

/// <summary>
/// A card of the roadmap's workshop list, the same for every caller; <see cref="IsUpcoming"/> says whether it goes under
/// « à venir et en cours » (see <c>Workshop.IsUpcomingAt</c>).
/// </summary>
public sealed record WorkshopSummary(
    Guid Id,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    WorkshopMode Mode,
    string Address,
    WorkshopStatus Status,
    bool MinutesPublished,
    bool IsOpen,
    bool IsUpcoming);
