using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Roadmap.Application.Common.Calendar;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Calendar;

/// <summary>
/// Ical.Net writes the file, escaping text per RFC 5545 (a title's line breaks, commas and semicolons
/// cannot open a property of their own). One VEVENT whose UID is the workshop's, whatever the method.
/// </summary>
internal sealed class IcalWorkshopCalendar : IWorkshopCalendar
{
    public string Write(WorkshopCalendarEvent calendarEvent)
    {
        var calendar = new Ical.Net.Calendar { Method = Method(calendarEvent.Method), ProductId = "-//Roadmap//Ateliers//FR" };
        var vevent = new CalendarEvent
        {
            Uid = $"{calendarEvent.WorkshopId}@roadmap",
            Sequence = calendarEvent.Sequence,
            DtStamp = Utc(calendarEvent.Stamp),
            DtStart = Utc(calendarEvent.StartsAt),
            DtEnd = Utc(calendarEvent.EndsAt),
            Summary = calendarEvent.Title,
            Description = calendarEvent.Description,
            Location = calendarEvent.Location,
            Url = new Uri(calendarEvent.PageUrl),
            Status = calendarEvent.Cancelled || calendarEvent.Method == CalendarMethod.Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (calendarEvent.OrganizerAddress is { } organizer)
        {
            vevent.Organizer = new Organizer($"mailto:{organizer}") { CommonName = "Roadmap" };
        }

        if (calendarEvent.Attendee is { } attendee)
        {
            vevent.Attendees.Add(new Attendee($"mailto:{attendee.Address}")
            {
                CommonName = attendee.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "ACCEPTED",
            });
        }

        calendar.Events.Add(vevent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Method(CalendarMethod method) => method switch
    {
        CalendarMethod.Request => CalendarMethods.Request,
        CalendarMethod.Cancel => CalendarMethods.Cancel,
        _ => CalendarMethods.Publish,
    };

    private static CalDateTime Utc(DateTimeOffset at) => new(at.UtcDateTime);
}
