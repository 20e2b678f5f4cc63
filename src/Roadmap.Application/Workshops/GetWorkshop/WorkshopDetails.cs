using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Agenda;

namespace Roadmap.Application.Workshops.GetWorkshop;

/// <summary>
/// A workshop's page (and its .ics and .md downloads). What is not for everyone is null:
/// <see cref="JoinCode"/> and <see cref="EditableDraft"/> for its facilitators only, <see cref="VisioLink"/>
/// for signed-in people, the minutes once published (or for its facilitators). The refusals are null
/// when the caller may edit, cancel or write the minutes, and say why not otherwise.
/// </summary>
public sealed record WorkshopDetails(
    Guid Id,
    Guid RoadmapId,
    string RoadmapSlug,
    string RoadmapTitle,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int DurationMinutes,
    WorkshopMode Mode,
    string? VisioLink,
    string Address,
    bool AllowGuests,
    WorkshopStatus Status,
    string CancelReason,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<string> Facilitators,
    IReadOnlyList<AgendaItemView> Agenda,
    string? JoinCode,
    bool CanRun,
    string? Minutes,
    string? MinutesHtml,
    DateTimeOffset? MinutesPublishedAt,
    WorkshopDraft? EditableDraft,
    bool IsOpen,
    string? EditRefusal,
    string? CancelRefusal,
    string? MinutesRefusal)
{
    /// <summary>The iCalendar SEQUENCE of the workshop's event (see <see cref="Workshop.CalendarSequence"/>).</summary>
    public int CalendarSequence { get; init; }
}
