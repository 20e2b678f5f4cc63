using Roadmap.Application.Common.Calendar;

namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// Writes a workshop as an iCalendar file (RFC 5545): the download of its page and the attachment of
/// its invitations and cancellations come from this one writer. Implemented by Infrastructure.
/// </summary>
public interface IWorkshopCalendar
{
    string Write(WorkshopCalendarEvent calendarEvent);
}
