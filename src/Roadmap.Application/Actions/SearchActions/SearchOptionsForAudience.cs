using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>The search form's options as <see cref="Audience"/> sees them: the same for every caller of that audience.</summary>
internal sealed record SearchOptionsForAudience(string RoadmapSlug, Audience Audience) : ISharedRead<SearchOptions>
{
    public async Task<SearchOptions> LoadAsync(IRoadmapDbContext db, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", RoadmapSlug);
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
            roadmap.HidesSupportCountsFrom(Audience));
    }
}
