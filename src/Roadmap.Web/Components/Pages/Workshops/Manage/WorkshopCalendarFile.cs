using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure.Site;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>
/// A workshop as an iCalendar file (RFC 5545) that calendar apps import: one VEVENT whose UID stays
/// the same across downloads, so importing it again after a change or a cancellation updates the event.
/// </summary>
internal static class WorkshopCalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string FileName(WorkshopDetails workshop) => $"atelier-{WorkshopText.FileSlug(workshop.Title)}.ics";

    /// <param name="urls">The site's public address, for the links in the description.</param>
    public static byte[] Write(WorkshopDetails workshop, PublicUrls urls, DateTimeOffset now)
    {
        var pageUrl = new Uri(urls.Absolute(Links.Workshop(workshop.Id)));
        var calendar = new Calendar { Method = CalendarMethods.Publish, ProductId = "-//Roadmap//Ateliers//FR" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{workshop.Id}@roadmap",
            DtStamp = Utc(now),
            DtStart = Utc(workshop.StartsAt),
            DtEnd = Utc(workshop.EndsAt),
            Summary = workshop.Title,
            Description = Description(workshop, pageUrl, new Uri(urls.Absolute(Links.Join()))),
            Location = string.IsNullOrWhiteSpace(workshop.Address) ? workshop.VisioLink ?? "" : WorkshopText.OneLine(workshop.Address),
            Url = pageUrl,
            Status = workshop.Status == WorkshopStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        });
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static CalDateTime Utc(DateTimeOffset at) => new(at.UtcDateTime);

    private static string Description(WorkshopDetails workshop, Uri pageUrl, Uri joinUrl)
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
