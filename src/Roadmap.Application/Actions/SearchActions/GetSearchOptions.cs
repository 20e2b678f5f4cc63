using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// What the search form offers for a roadmap: its axes, the organisations and territories its visible actions
/// involve, and whether the order by supports is withheld (the roadmap hides its counts from the caller).
/// </summary>
public sealed record GetSearchOptions(string RoadmapSlug) : IQuery<SearchOptions>;

internal sealed class GetSearchOptionsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetSearchOptions, SearchOptions>
{
    public async Task<SearchOptions> Handle(GetSearchOptions request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        var axes = await db.Axes.AsNoTracking().Where(x => x.RoadmapId == roadmap.Id).OrderBy(x => x.Position)
            .Select(x => new FilterOption(x.Id, x.Title)).ToListAsync(cancellationToken);

        // Asked from the organisations' side: each one is an index seek (on Actions.OrganisationId and
        // ActionOrganisations.OrganisationId), never a scan of the roadmap's thousands of actions.
        var visible = db.Actions.Where(a => a.RoadmapId == roadmap.Id && a.HiddenAt == null);
        var links = visible.SelectMany(a => a.OrganisationLinks);
        var involved = await db.Organisations.AsNoTracking()
            .Where(o => visible.Any(a => a.OrganisationId == o.Id) || links.Any(l => l.OrganisationId == o.Id))
            .Select(o => new { Option = new FilterOption(o.Id, o.Name), IsTerritory = links.Any(l => l.OrganisationId == o.Id && l.Role == ActionOrganisationRole.Territory) })
            .ToListAsync(cancellationToken);
        var sorted = involved.OrderBy(o => o.Option.Label, FrenchFormat.Order).ToList();

        return new SearchOptions(roadmap.Id, roadmap.Slug, roadmap.Title, axes,
            sorted.Select(o => o.Option).ToList(), sorted.Where(o => o.IsTerritory).Select(o => o.Option).ToList(),
            await db.HidesSupportCountsFromAsync(user, roadmap, cancellationToken));
    }
}
