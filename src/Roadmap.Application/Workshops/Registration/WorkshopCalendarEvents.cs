using Roadmap.Application.Common;
using Roadmap.Application.Common.Calendar;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Registration;

/// <summary>The calendar event a mail about a workshop carries: an invitation for one person, or its cancellation.</summary>
internal static class WorkshopCalendarEvents
{
    public static MailAttachment Attachment(
        Workshop workshop, MailRecipient to, CalendarMethod method, IWorkshopCalendar calendar, IPublicUrls urls, DateTimeOffset now)
    {
        var calendarEvent = new WorkshopCalendarEvent(
            workshop.Id, workshop.Title, workshop.StartsAt, workshop.EndsAt, workshop.CalendarLocation,
            Description(workshop, urls), urls.Absolute(SiteLinks.Workshop(workshop.Id)), workshop.CalendarSequence,
            workshop.Status == WorkshopStatus.Cancelled, now)
        {
            Method = method,
            Attendee = to,
            OrganizerAddress = $"ne-pas-repondre@{new Uri(urls.Absolute("/")).Host}",
        };
        var fileName = method == CalendarMethod.Cancel ? "annulation.ics" : "invitation.ics";
        return new MailAttachment(fileName, calendarEvent.ContentType, calendar.Write(calendarEvent));
    }

    private static string Description(Workshop workshop, IPublicUrls urls)
    {
        var lines = new List<string>();
        if (workshop.Status == WorkshopStatus.Cancelled)
        {
            lines.Add($"ANNULÉ : {workshop.CancelReason}");
        }

        if (!string.IsNullOrWhiteSpace(workshop.VisioLink))
        {
            lines.Add($"Visioconférence : {workshop.VisioLink}");
        }

        lines.Add($"Pour participer : {urls.Absolute(SiteLinks.JoinWorkshop(workshop.JoinCode))}");
        lines.Add($"Page de l'atelier : {urls.Absolute(SiteLinks.Workshop(workshop.Id))}");
        return string.Join('\n', lines);
    }
}
