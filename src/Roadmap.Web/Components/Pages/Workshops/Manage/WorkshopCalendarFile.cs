using System.Text;
using Roadmap.Application.Common.Calendar;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure.Site;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>
/// A workshop as an iCalendar file (RFC 5545) that calendar apps import: one VEVENT whose UID stays
/// the same across downloads (and the mailed invitations), so importing it again after a change or a
/// cancellation updates the event. The file itself is written by <see cref="IWorkshopCalendar"/>.
/// </summary>
internal static class WorkshopCalendarFile
{
    public static string FileName(WorkshopDetails workshop) => $"atelier-{WorkshopText.FileSlug(workshop.Title)}.ics";

    /// <param name="urls">The site's public address, for the links in the description.</param>
    public static WorkshopCalendarEvent Event(WorkshopDetails workshop, PublicUrls urls, DateTimeOffset now)
    {
        var pageUrl = urls.Absolute(Links.Workshop(workshop.Id));
        return new WorkshopCalendarEvent(
            workshop.Id, workshop.Title, workshop.StartsAt, workshop.EndsAt,
            string.IsNullOrWhiteSpace(workshop.Address) ? workshop.VisioLink ?? "" : WorkshopText.OneLine(workshop.Address),
            Description(workshop, pageUrl, urls.Absolute(Links.Join())), pageUrl, workshop.CalendarSequence,
            workshop.Status == WorkshopStatus.Cancelled, now);
    }

    private static string Description(WorkshopDetails workshop, string pageUrl, string joinUrl)
    {
        var text = new StringBuilder();
        text.AppendLine($"Atelier de la feuille de route « {workshop.RoadmapTitle} » ({WorkshopText.Mode(workshop.Mode).ToLowerInvariant()}).");
        if (workshop.Status == WorkshopStatus.Cancelled)
        {
            text.AppendLine($"ANNULÉ : {workshop.CancelReason}");
        }

        if (workshop.Agenda.Count > 0)
        {
            text.AppendLine().AppendLine("Ordre du jour :");
            foreach (var item in workshop.Agenda)
            {
                text.AppendLine($"{item.Position}. {item.Title}");
            }
        }

        if (workshop.Mode == WorkshopMode.Hybrid && !string.IsNullOrWhiteSpace(workshop.VisioLink))
        {
            text.AppendLine().AppendLine($"Visioconférence : {workshop.VisioLink}");
        }

        text.AppendLine().AppendLine($"Pour participer : {joinUrl} (avec le code que l'animation vous communique)");
        text.Append($"Page de l'atelier : {pageUrl}");
        return text.ToString();
    }
}
