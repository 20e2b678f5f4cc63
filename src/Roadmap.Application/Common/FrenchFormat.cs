using System.Globalization;

namespace Roadmap.Application.Common;

/// <summary>
/// French the way every page, minutes and live payload writes it, whatever the server's culture and
/// time zone: the one French culture, Paris time, and the date, number and clock formats.
/// </summary>
public static class FrenchFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Alphabetical order for names, accents and case aside.</summary>
    public static StringComparer Order { get; } = StringComparer.Create(Culture, ignoreCase: true);

    public static DateTime ToParis(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Paris).DateTime;

    /// <summary>
    /// The instant a Paris date and wall-clock time name (digests start at 07:00 Paris, summer or winter), in UTC:
    /// it goes into queries, and PostgreSQL's <c>timestamp with time zone</c> takes only UTC offsets.
    /// </summary>
    public static DateTimeOffset FromParis(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>« 12 mai 2026 ».</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>« mardi 12 mai 2026 », Paris time.</summary>
    public static string Day(DateTimeOffset at) => ToParis(at).ToString("dddd d MMMM yyyy", Culture);

    /// <summary>« 14h05 », Paris time.</summary>
    public static string Time(DateTimeOffset at) => ToParis(at).ToString("HH'h'mm", Culture);

    /// <summary>« 12 mai 2026 à 14h05 », Paris time.</summary>
    public static string DateTime(DateTimeOffset at) => ToParis(at).ToString("d MMMM yyyy 'à' HH'h'mm", Culture);

    /// <summary>
    /// The datetime attribute of a time element, to the second: « 2026-05-12T14:05:00+00:00 ». The round-trip
    /// format (« O ») writes seven fractional digits, which HTML does not allow (three at most).
    /// </summary>
    public static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Euros(decimal amount) => amount.ToString("C0", Culture);

    public static string Number(decimal value) => value.ToString("#,0.##", Culture);

    /// <summary>« 3,4 »: at most one decimal, as the live pages show averages.</summary>
    public static string OneDecimal(double value) => value.ToString("0.#", Culture);

    /// <summary>A countdown: 75 → « 1:15 », 3725 → « 1:02:05 » (workshop-live.js's <c>clock</c> writes the same).</summary>
    public static string Clock(int seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Max(0, seconds));
        var hours = (int)time.TotalHours;
        return hours > 0 ? $"{hours}:{time.Minutes:00}:{time.Seconds:00}" : $"{time.Minutes}:{time.Seconds:00}";
    }
}
