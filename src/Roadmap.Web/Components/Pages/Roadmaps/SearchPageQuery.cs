using System.Globalization;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Roadmaps;

/// <summary>
/// The search page's query string: French names (<c>axe</c>, <c>statut</c>, <c>tri</c>, <c>graine</c>…)
/// carrying the API's values (<c>statut=Retained</c>, <c>tri=random</c>), so a page address and an
/// API address translate one to one. Builds the request and the links that keep every filter.
/// </summary>
public sealed record SearchPageQuery(
    string? Axis = null, string? Status = null, string? Organisation = null, string? Territory = null,
    string? Q = null, string? Sort = null, int? Seed = null, int Page = 1)
{
    public const int PageSize = SearchActions.DefaultPageSize;

    public static string PathOf(string slug) => $"{Links.Roadmap(slug)}/actions";

    /// <summary>A random order needs a seed in every link, or page 2 would be another shuffle.</summary>
    public SearchPageQuery WithSeedIfRandom() =>
        Seed is null && string.Equals(Sort, ActionSearchSort.Random, StringComparison.OrdinalIgnoreCase)
            ? this with { Seed = System.Random.Shared.Next(1, int.MaxValue) }
            : this;

    /// <summary>Malformed identifiers are ignored (an old link still lists something); the rest is checked by the use case.</summary>
    public SearchActions ToRequest(string slug) => new(slug)
    {
        AxisId = Guid.TryParse(Axis, out var axis) ? axis : null,
        Status = Blank(Status),
        OrganisationId = Guid.TryParse(Organisation, out var organisation) ? organisation : null,
        TerritoryId = Guid.TryParse(Territory, out var territory) ? territory : null,
        Q = Blank(Q),
        Sort = Blank(Sort),
        Seed = Seed,
        Page = Page,
        PageSize = PageSize,
    };

    public string Href(string slug, int page)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = Blank(Q),
            ["axe"] = Blank(Axis),
            ["statut"] = Blank(Status),
            ["organisation"] = Blank(Organisation),
            ["territoire"] = Blank(Territory),
            ["tri"] = Blank(Sort),
            ["graine"] = Seed?.ToString(CultureInfo.InvariantCulture),
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return PathOf(slug) + QueryString.Create(parameters.Where(p => p.Value is not null));
    }

    public static int ParsePage(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) ? page : 1;

    public static int? ParseSeed(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
