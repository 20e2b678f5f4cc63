namespace Roadmap.Application.Domain.Workshops;

/// <summary>What a facilitator fills in to schedule or edit a workshop.</summary>
public sealed record WorkshopDraft(
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    WorkshopMode Mode,
    string? VisioLink,
    string? Address,
    bool AllowGuests,
    IReadOnlyList<Guid> CoFacilitatorIds,
    IReadOnlyList<AgendaItemDraft> Agenda);

/// <summary>One agenda line: an axis (<see cref="AxisId"/>), a set of actions (<see cref="ActionIds"/>) or a free topic (<see cref="Topic"/>).</summary>
public sealed record AgendaItemDraft(AgendaItemKind Kind, Guid? AxisId, IReadOnlyList<Guid>? ActionIds, string? Topic);
