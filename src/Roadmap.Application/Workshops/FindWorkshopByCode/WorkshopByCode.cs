using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.FindWorkshopByCode;

/// <summary>A workshop found by its join code: only what its public page shows, plus the code as stored.</summary>
public sealed record WorkshopByCode(
    Guid Id,
    string JoinCode,
    string Title,
    string RoadmapSlug,
    string RoadmapTitle,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    WorkshopStatus Status,
    bool AllowGuests);
