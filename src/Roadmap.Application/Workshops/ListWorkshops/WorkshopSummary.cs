using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.ListWorkshops;

/// <summary>
/// A line of the roadmap's workshop list; <see cref="CanRun"/> says whether the caller facilitates it,
/// <see cref="IsUpcoming"/> whether it goes under « à venir et en cours » (see <c>Workshop.IsUpcomingAt</c>).
/// </summary>
public sealed record WorkshopSummary(
    Guid Id,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int DurationMinutes,
    WorkshopMode Mode,
    string Address,
    WorkshopStatus Status,
    bool MinutesPublished,
    bool CanRun,
    bool IsOpen,
    bool IsUpcoming);
