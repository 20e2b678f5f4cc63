using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// What the search form offers for a roadmap: its axes, the organisations and territories its visible actions
/// involve, and whether the order by supports is withheld (the roadmap hides its counts from the caller).
/// </summary>
public sealed record GetSearchOptions(string RoadmapSlug) : IQuery<SearchOptions>;

/// <summary>The caller counts only as an <see cref="Audience"/>: the options are kept once for each (decision 039).</summary>
internal sealed class GetSearchOptionsHandler(IRoadmapDbContext db, Viewer viewer, SharedReadCache? cache = null) : IRequestHandler<GetSearchOptions, SearchOptions>
{
    public async Task<SearchOptions> Handle(GetSearchOptions request, CancellationToken cancellationToken)
    {
        var read = new SearchOptionsForAudience(request.RoadmapSlug, await viewer.AudienceOfRoadmapAsync(request.RoadmapSlug, cancellationToken));
        return await cache.ReadAsync(read, () => read.LoadAsync(db, cancellationToken));
    }
}
