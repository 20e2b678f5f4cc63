namespace Roadmap.Application.Common.Calendar;

/// <summary>What an iCalendar file asks of the calendar app that opens it (RFC 5546).</summary>
public enum CalendarMethod
{
    /// <summary>A file to import: the download on the workshop's page.</summary>
    Publish = 0,

    /// <summary>An invitation (or its update) mailed to one attendee.</summary>
    Request = 1,

    /// <summary>The event is cancelled: the calendar app removes it.</summary>
    Cancel = 2,
}
