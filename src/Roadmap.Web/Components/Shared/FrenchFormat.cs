using System.Globalization;

namespace Roadmap.Web.Components.Shared;

/// <summary>Dates and amounts the French way, whatever the server's culture.</summary>
public static class FrenchFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", French);

    public static string DateTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Paris).ToString("d MMMM yyyy 'à' HH'h'mm", French);

    public static string Euros(decimal amount) => amount.ToString("C0", French);

    public static string Number(decimal value) => value.ToString("#,0.##", French);

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
