using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>A page of <see cref="SearchActions"/> as <see cref="Audience"/> sees it: the same for every caller of that audience.</summary>
internal sealed record SearchForAudience(SearchActions Search, Audience Audience) : ISharedRead<ActionSearchResults>
{
    public async Task<ActionSearchResults> LoadAsync(IRoadmapDbContext db, IActionTextSearch textSearch, CancellationToken cancellationToken)
    {
        var request = Search;
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        var countsHidden = roadmap.HidesSupportCountsFrom(Audience);
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
