using System.Globalization;
using System.Text.RegularExpressions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>The create form filled in with a valid visio workshop a month ahead, 18:30 Paris time.</summary>
internal static partial class WorkshopSteps
{
    public const string NewPath = $"/feuilles-de-route/{DemoFacts.Sarthe}/ateliers/nouveau";
    public const string FormName = "programmer-atelier";

    public static readonly DateOnly Day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));

    public static Dictionary<string, string> ValidFields(string title, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Date"] = Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Time"] = "18:30",
            ["Input.Duration"] = "90",
            ["Input.Mode"] = "Visio",
            ["Input.VisioLink"] = "https://visio.example.fr/sarthe",
            ["Input.Command"] = "enregistrer",
        };
        foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        return fields;
    }

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, string title, IReadOnlyDictionary<string, string>? overrides = null) =>
        PageForm.SubmitAsync(client, NewPath, FormName, ValidFields(title, overrides));

    /// <summary>The workshop id in a « /ateliers/{id}?statut=… » redirect.</summary>
    public static Guid WorkshopId(string location)
    {
        var match = WorkshopPath().Match(location);
        Assert.True(match.Success, $"Not a workshop page: {location}");
        return Guid.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("^/ateliers/([0-9a-f-]{36})(\\?.*)?$")]
    private static partial Regex WorkshopPath();
}
