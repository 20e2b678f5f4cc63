using Roadmap.Application.Common;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>How the workshop pages say a workshop's status, format and schedule, in French and Paris time.</summary>
public static class WorkshopText
{
    public static string Status(WorkshopStatus status) => status switch
    {
        WorkshopStatus.Scheduled => "À venir",
        WorkshopStatus.Live => "En cours",
        WorkshopStatus.Closed => "Terminé",
        WorkshopStatus.Cancelled => "Annulé",
        _ => status.ToString(),
    };

    public static string Mode(WorkshopMode mode) => mode switch
    {
        WorkshopMode.Visio => "Visio",
        WorkshopMode.InPerson => "En présentiel",
        WorkshopMode.Hybrid => "Hybride",
        _ => mode.ToString(),
    };

    /// <summary>« de 14h00 à 16h30 », Paris time.</summary>
    public static string Hours(DateTimeOffset startsAt, int durationMinutes) =>
        $"de {FrenchFormat.Time(startsAt)} à {FrenchFormat.Time(startsAt.AddMinutes(durationMinutes))}";

    /// <summary>« mardi 12 mai 2026, de 14h00 à 16h30 (2 h 30) ».</summary>
    public static string When(DateTimeOffset startsAt, int durationMinutes) =>
        $"{FrenchFormat.Day(startsAt)}, {Hours(startsAt, durationMinutes)} ({Duration(durationMinutes)})";

    /// <summary>« 45 min », « 2 h », « 1 h 30 ».</summary>
    public static string Duration(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} min",
        (var h, 0) => $"{h} h",
        (var h, var m) => $"{h} h {m:00}",
    };

    /// <summary>An address typed on several lines, on one: « Salle du conseil, 1 place de la République ».</summary>
    public static string OneLine(string text) =>
        string.Join(", ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A file name part from a title (« atelier-tiers-lieux »), never empty.</summary>
    public static string FileSlug(string title) => Slugs.From(title) is { Length: > 0 } slug ? slug : "atelier";

    /// <summary>The instant a Paris wall-clock time designates; null for a time skipped by the spring change of hour.</summary>
    public static DateTimeOffset? FromParis(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (FrenchFormat.Paris.IsInvalidTime(local))
        {
            return null;
        }

        // An autumn hour that happens twice is read as the first one (summer time).
        var paris = FrenchFormat.Paris;
        var offset = paris.IsAmbiguousTime(local) ? paris.GetAmbiguousTimeOffsets(local).Max() : paris.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
