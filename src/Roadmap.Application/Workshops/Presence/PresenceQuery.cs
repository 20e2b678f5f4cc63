using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Presence;

internal static class PresenceQuery
{
    public const string NoOrganisation = "Sans organisation";

    public static async Task<PresenceView> ComputeAsync(IRoadmapDbContext db, Guid workshopId, CancellationToken cancellationToken) =>
        await ComputeAsync(db, workshopId, await db.Workshops.Where(w => w.Id == workshopId).Select(w => w.Status).FirstOrDefaultAsync(cancellationToken), cancellationToken);

    /// <param name="status">The workshop's status, when the caller has just read the workshop (a join or a room state).</param>
    public static async Task<PresenceView> ComputeAsync(IRoadmapDbContext db, Guid workshopId, WorkshopStatus status, CancellationToken cancellationToken)
    {
        var groups = await db.WorkshopAttendances
            .Where(a => a.WorkshopId == workshopId)
            .GroupBy(a => new { a.OrganisationId, a.Role, Present = a.LeftAt == null })
            .Select(g => new { g.Key.OrganisationId, g.Key.Role, g.Key.Present, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var present = groups.Where(g => g.Present).ToList();
        var organisationIds = present.Select(g => g.OrganisationId).OfType<Guid>().Distinct().ToList();
        var names = organisationIds.Count == 0
            ? []
            : await db.Organisations.AsNoTracking()
                .Where(o => organisationIds.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var byOrganisation = present.GroupBy(g => g.OrganisationId)
            .Select(g => new OrganisationPresence(g.Key, g.Key is { } id && names.TryGetValue(id, out var name) ? name : NoOrganisation, g.Sum(x => x.Count)))
            .OrderByDescending(o => o.Present).ThenBy(o => o.Name, StringComparer.CurrentCulture)
            .ToList();
        var byRole = present.GroupBy(g => g.Role)
            .OrderBy(g => g.Key ?? (ParticipantRole)int.MaxValue)
            .Select(g => new RolePresence(RoleGroups.Name(g.Key), RoleGroups.Label(g.Key), g.Sum(x => x.Count)))
            .ToList();
        var guests = groups.Where(g => g.Role is null).Sum(g => g.Count);
        return new PresenceView(workshopId, status, present.Sum(g => g.Count), groups.Sum(g => g.Count), guests, byOrganisation, byRole);
    }
}
