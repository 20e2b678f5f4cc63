using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// The visible actions of a roadmap, filtered, sorted and paged on the server. <see cref="Sort"/> is
/// one of <see cref="ActionSearchSort.All"/>; <see cref="Status"/> a status name (<c>Retained</c>);
/// <see cref="Q"/> free text searched by the database's full-text engine in titles, summaries and « En bref », ignoring
/// case and accents and matching French words by their stem; with it, the default order is the most relevant first.
/// While the roadmap hides its support counts from the caller, the items carry none and the order by
/// supports (which would tell them) gives way to the newest first, as <see cref="ActionSearchResults.Sort"/> says.
/// </summary>
public sealed record SearchActions(string RoadmapSlug) : IQuery<ActionSearchResults>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The longest <see cref="Q"/> accepted; the search boxes' <c>maxlength</c> too.</summary>
    public const int QMaxLength = 100;

    public Guid? AxisId { get; init; }
    public string? Status { get; init; }

    /// <summary>The proposer's organisation, or a partner or territory linked to the action.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>A territory the action concerns.</summary>
    public Guid? TerritoryId { get; init; }
    public string? Q { get; init; }
    public string? Sort { get; init; }

    /// <summary>For the random sort: the same seed gives the same order; one is drawn when absent.</summary>
    public int? Seed { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
}

/// <summary>
/// The caller counts only as an <see cref="Audience"/>: a page of results is kept once for each (decision 039). A random
/// order asked without a seed draws one here, so that it is part of the key and each such request gets its own shuffle.
/// </summary>
internal sealed class SearchActionsHandler(IRoadmapDbContext db, IActionTextSearch textSearch, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<SearchActions, ActionSearchResults>
{
    public async Task<ActionSearchResults> Handle(SearchActions request, CancellationToken cancellationToken)
    {
        var seeded = request.Seed is null && string.Equals(request.Sort, ActionSearchSort.Random, StringComparison.OrdinalIgnoreCase)
            ? request with { Seed = Random.Shared.Next() }
            : request;
        var read = new SearchForAudience(seeded, await viewer.AudienceOfRoadmapAsync(request.RoadmapSlug, cancellationToken));
        return await cache.ReadAsync(read, () => read.LoadAsync(db, textSearch, cancellationToken));
    }
}
