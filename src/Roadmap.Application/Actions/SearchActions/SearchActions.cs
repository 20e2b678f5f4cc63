using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
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

internal sealed class SearchActionsHandler(IRoadmapDbContext db, IActionTextSearch textSearch, ICurrentUser user) : IRequestHandler<SearchActions, ActionSearchResults>
{
    public async Task<ActionSearchResults> Handle(SearchActions request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        var countsHidden = await db.HidesSupportCountsFromAsync(user, roadmap, cancellationToken);
        var words = TextMatch.Words(request.Q);
        var sort = ActionSearchSort.Normalise(request.Sort, countsHidden, words.Count > 0);
        var seed = sort == ActionSearchSort.Random ? request.Seed ?? Random.Shared.Next() : (int?)null;
        var hits = words.Count > 0 ? textSearch.Matching(words) : null;
        var query = new ActionSearchQuery(db, ActionSearchQuery.Filter(db.Actions.AsNoTracking(), roadmap.Id, request), hits, countsHidden);
        var skip = (long)(request.Page - 1) * request.PageSize;

        var (total, items) = seed is { } shuffle
            ? await query.ShuffledAsync(shuffle, skip, request.PageSize, cancellationToken)
            : await query.SortedInDatabaseAsync(sort, skip, request.PageSize, cancellationToken);

        items = await FirstIndicatorGlances.AddToAsync(db, items, cancellationToken);
        var pageCount = (int)((total + (long)request.PageSize - 1) / request.PageSize);
        return new ActionSearchResults(total, request.Page, request.PageSize, pageCount, sort, seed, items);
    }
}
