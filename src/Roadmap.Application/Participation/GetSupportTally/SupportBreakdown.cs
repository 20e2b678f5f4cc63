using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>
/// The tally's GROUP BY queries: the database counts, only one row per group travels. Supports keep
/// the role and organisation of the moment, so those of deleted accounts still count.
/// </summary>
internal static class SupportBreakdown
{
    public const string NoOrganisation = "Sans organisation";
    public const string DeletedOrganisation = "Organisation supprimée";

    public static async Task<IReadOnlyList<RoleTally>> ByRoleAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        var counts = await db.Supports.AsNoTracking()
            .Where(s => s.ActionId == actionId)
            .GroupBy(s => s.Role)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return SupporterGroups.InOrder
            .Select(group => new RoleTally(group, SupporterGroups.Label(group), counts.Where(c => SupporterGroups.Of(c.Role) == group).Sum(c => c.Count)))
            .ToList();
    }

    /// <summary>Largest first; the supporters without an organisation come last.</summary>
    public static async Task<IReadOnlyList<OrganisationTally>> ByOrganisationAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        var counts = await db.Supports.AsNoTracking()
            .Where(s => s.ActionId == actionId)
            .GroupBy(s => s.OrganisationId)
            .Select(g => new { OrganisationId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.OrganisationId).OfType<Guid>().ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Kind })
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        return counts
            .Select(c => c.OrganisationId is not { } id
                ? new OrganisationTally(null, NoOrganisation, null, "", c.Count)
                : organisations.TryGetValue(id, out var o)
                    ? new OrganisationTally(id, o.Name, o.Kind, o.Kind.French(), c.Count)
                    : new OrganisationTally(id, DeletedOrganisation, null, "", c.Count))
            .OrderBy(t => t.OrganisationId is null)
            .ThenByDescending(t => t.Count)
            .ThenBy(t => t.Name, FrenchFormat.Order)
            .ToList();
    }

    public static async Task<IReadOnlyList<EndorsingOrganisation>> EndorsementsAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        var rows = await db.Endorsements.AsNoTracking()
            .Where(e => e.ActionId == actionId)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { o.Id, o.Name, o.Kind, e.CreatedAt })
            .ToListAsync(cancellationToken);

        return rows.OrderBy(r => r.CreatedAt).Select(r => new EndorsingOrganisation(r.Id, r.Name, r.Kind, r.Kind.French(), r.CreatedAt)).ToList();
    }
}
