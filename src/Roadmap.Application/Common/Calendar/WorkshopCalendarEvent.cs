using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Common.Calendar;

/// <summary>
/// One workshop as a calendar event. <see cref="Sequence"/> grows with each change of the workshop, so a
/// calendar app keeps the newest of two files with the same UID. <see cref="Attendee"/> and
/// <see cref="OrganizerAddress"/> are set on mailed invitations only.
/// </summary>
public sealed record WorkshopCalendarEvent(
    Guid WorkshopId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Location,
    string Description,
    string PageUrl,
    int Sequence,
    bool Cancelled,
    DateTimeOffset Stamp)
{
    public CalendarMethod Method { get; init; } = CalendarMethod.Publish;

    public MailRecipient? Attendee { get; init; }

    public string? OrganizerAddress { get; init; }

    /// <summary>The MIME type of the file, with the method a mail client reads to show « accept / decline ».</summary>
    public string ContentType => Method switch
    {
        CalendarMethod.Request => "text/calendar; method=REQUEST; charset=utf-8",
        CalendarMethod.Cancel => "text/calendar; method=CANCEL; charset=utf-8",
        _ => "text/calendar; charset=utf-8",
    };
}
