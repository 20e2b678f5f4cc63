using System.Text.Encodings.Web;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Audit.ListAuditEntries;
using Roadmap.Application.Common;
using Roadmap.Application.Roadmaps.ListRoadmaps;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Admin;

/// <summary>The back-office journal for Administrators, filtered by roadmap, person and days, 50 entries a page.</summary>
public sealed partial class JournalPage
{
    public const string Path = "/admin/journal";

    private AuditPage? _page;
    private IReadOnlyList<RoadmapSummary> _roadmaps = [];
    private string? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "feuille")]
    private string? Roadmap { get; set; }

    [SupplyParameterFromQuery(Name = "personne")]
    private string? Person { get; set; }

    [SupplyParameterFromQuery(Name = "du")]
    private DateOnly? From { get; set; }

    [SupplyParameterFromQuery(Name = "au")]
    private DateOnly? To { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private int? PageNumber { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _roadmaps = await Mediator.Send(new ListRoadmaps());
        var person = Person is { Length: > ListAuditEntries.QueryMaxLength } ? Person[..ListAuditEntries.QueryMaxLength] : Person;
        var sent = await Mediator.TrySendAsync(new ListAuditEntries(Roadmap, person, From, To, Paging.Clamp(PageNumber)));
        _error = sent.Refusal?.Sentence;
        _page = sent.Response;
    }

    private string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["feuille"] = Roadmap,
            ["personne"] = Person,
            ["du"] = From?.ToString("yyyy-MM-dd"),
            ["au"] = To?.ToString("yyyy-MM-dd"),
            ["page"] = page.ToString(FrenchFormat.Culture),
        };
        return Path + "?" + string.Join("&", query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}"));
    }
}

/// <summary>Before and after as indented JSON (Razor encodes it as text); anything unreadable is shown as it is.</summary>
internal static class JournalJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Pretty(string? json)
    {
        if (json is null)
        {
            return "—";
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
