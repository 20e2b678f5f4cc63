using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>
/// The tally's GROUP BY queries: the database counts, only one row per group travels. Supports keep
/// the role and organisation of the moment, so those of deleted accounts still count.
/// <para>
/// By role and by organisation, only verified standings count. The
/// roles ElectedOfficial and Actor and an account's organisation are set by an Administrator or by an
/// approved standing claim, never by the person: a role an Administrator granted counts as verified
/// everywhere; a standing approved for another roadmap only is not verified here, and such a support
/// counts with the citizens and without an organisation.
/// </para>
/// </summary>
internal static class SupportBreakdown
{
    public const string NoOrganisation = "Sans organisation";
    public const string DeletedOrganisation = "Organisation supprimée";

    public static async Task<IReadOnlyList<RoleTally>> ByRoleAsync(IRoadmapDbContext db, Guid roadmapId, Guid actionId, CancellationToken cancellationToken)
    {
        var unverified = await UnverifiedAsync(db, roadmapId, actionId, cancellationToken);
        var counts = await db.Supports.AsNoTracking()
            .Where(s => s.ActionId == actionId && !unverified.Contains(s.Id))
            .GroupBy(s => s.Role)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        counts.Add(new { Role = ParticipantRole.Citizen, Count = unverified.Count });

        return SupporterGroups.InOrder
            .Select(group => new RoleTally(group, SupporterGroups.Label(group), counts.Where(c => SupporterGroups.Of(c.Role) == group).Sum(c => c.Count)))
            .ToList();
    }

    /// <summary>Largest first; the supporters without a verified organisation come last.</summary>
    public static async Task<IReadOnlyList<OrganisationTally>> ByOrganisationAsync(IRoadmapDbContext db, Guid roadmapId, Guid actionId, CancellationToken cancellationToken)
    {
        var unverified = await UnverifiedAsync(db, roadmapId, actionId, cancellationToken);
        var counts = await db.Supports.AsNoTracking()
            .Where(s => s.ActionId == actionId)
            .GroupBy(s => unverified.Contains(s.Id) ? null : s.OrganisationId)
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

    /// <summary>
    /// The supports given as elected official or actor by a person whose standing was approved for
    /// other roadmaps but not this one: few, so their ids travel.
    /// </summary>
    private static Task<List<Guid>> UnverifiedAsync(IRoadmapDbContext db, Guid roadmapId, Guid actionId, CancellationToken cancellationToken) =>
        db.Supports.AsNoTracking()
            .Where(s => s.ActionId == actionId && (s.Role == ParticipantRole.ElectedOfficial || s.Role == ParticipantRole.Actor) && s.UserId != null)
            .Where(s => db.StandingClaims.Any(c => c.UserId == s.UserId && c.Status == StandingStatus.Approved)
                && !db.StandingClaims.Any(c => c.UserId == s.UserId && c.RoadmapId == roadmapId && c.Status == StandingStatus.Approved))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Every support on <paramref name="actions"/> (of the roadmap <paramref name="roadmapId"/>) as the tallies count it, for
    /// grouping in SQL over a whole roadmap: an unverified elected official or actor (see <see cref="UnverifiedAsync"/>)
    /// counts as a citizen without an organisation.
    /// </summary>
    public static IQueryable<CountedSupport> Counted(IRoadmapDbContext db, Guid roadmapId, IQueryable<RoadmapAction> actions) =>
        from s in db.Supports.AsNoTracking()
        join a in actions on s.ActionId equals a.Id
        let unverified = (s.Role == ParticipantRole.ElectedOfficial || s.Role == ParticipantRole.Actor) && s.UserId != null
            && db.StandingClaims.Any(c => c.UserId == s.UserId && c.Status == StandingStatus.Approved)
            && !db.StandingClaims.Any(c => c.UserId == s.UserId && c.RoadmapId == roadmapId && c.Status == StandingStatus.Approved)
        select new CountedSupport
        {
            ActionId = s.ActionId,
            Role = unverified ? ParticipantRole.Citizen : s.Role,
            OrganisationId = unverified ? null : s.OrganisationId,
        };

    public static async Task<IReadOnlyList<EndorsingOrganisation>> EndorsementsAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        var rows = await db.Endorsements.AsNoTracking()
            .Where(e => e.ActionId == actionId)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { o.Id, o.Name, o.Kind, e.CreatedAt })
            .ToListAsync(cancellationToken);

        return rows.OrderBy(r => r.CreatedAt).Select(r => new EndorsingOrganisation(r.Id, r.Name, r.Kind, r.Kind.French(), r.CreatedAt)).ToList();
    }
}
