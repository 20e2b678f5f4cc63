using Roadmap.Application.Common;

namespace Roadmap.Web.Components.Pages.Legal;

/// <summary>A retention period or lifetime in words: « 7 jours », « 12 heures », « 1 minute ».</summary>
internal static class FrenchDuration
{
    public static string Of(TimeSpan span) =>
        span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0 ? Count((int)span.TotalDays, "jour", "jours")
        : span.TotalHours >= 1 && span.Ticks % TimeSpan.TicksPerHour == 0 ? Count((int)span.TotalHours, "heure", "heures")
        : Count((int)Math.Ceiling(span.TotalMinutes), "minute", "minutes");

    private static string Count(int count, string singular, string plural) => $"{count}\u00a0{Plural.Of(count, singular, plural)}";
}
