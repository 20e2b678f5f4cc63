using System.Globalization;

namespace Roadmap.Application.Common;

/// <summary>Dates in the minutes and promoted actions, in French and Paris time whatever the server's settings.</summary>
internal static class FrenchDates
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static string Day(DateTimeOffset at) => Local(at).ToString("dddd d MMMM yyyy", French);

    public static string Time(DateTimeOffset at) => Local(at).ToString("HH'h'mm", French);

    public static string DayAndTime(DateTimeOffset at) => Local(at).ToString("d MMMM yyyy 'à' HH'h'mm", French);

    private static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Paris);
}
