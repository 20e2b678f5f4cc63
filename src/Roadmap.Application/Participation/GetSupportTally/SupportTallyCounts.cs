using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>
/// The counts of an action's tally, the same for every caller who may see them (decision 039): with
/// <see cref="CountsHidden"/> (the roadmap hides its counts from this caller for now) only the co-signatures are read.
/// </summary>
internal sealed record SupportTallyCounts(Guid RoadmapId, Guid ActionId, bool CountsHidden) : ISharedRead<TallyCounts>
{
    public async Task<TallyCounts> LoadAsync(IRoadmapDbContext db, CancellationToken cancellationToken) =>
        new(CountsHidden ? null : await SupportBreakdown.ByRoleAsync(db, RoadmapId, ActionId, cancellationToken),
            CountsHidden ? null : await SupportBreakdown.ByOrganisationAsync(db, RoadmapId, ActionId, cancellationToken),
            await SupportBreakdown.EndorsementsAsync(db, ActionId, cancellationToken));
}

internal sealed record TallyCounts(IReadOnlyList<RoleTally>? ByRole, IReadOnlyList<OrganisationTally>? ByOrganisation, IReadOnlyList<EndorsingOrganisation> Endorsements);
