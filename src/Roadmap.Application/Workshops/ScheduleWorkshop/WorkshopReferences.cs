using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.ScheduleWorkshop;

/// <summary>Checks what a workshop draft points to: actions of the roadmap, existing accounts as co-facilitators.</summary>
internal static class WorkshopReferences
{
    /// <summary>The agenda's action ids that are visible actions of the roadmap (the entity refuses the others).</summary>
    public static async Task<HashSet<Guid>> RoadmapActionIdsAsync(IRoadmapDbContext db, Guid roadmapId, WorkshopDraft draft, CancellationToken cancellationToken)
    {
        var referenced = draft.Agenda.SelectMany(i => i.ActionIds ?? []).Distinct().ToList();
        if (referenced.Count == 0)
        {
            return [];
        }

        var found = await db.Actions.Where(a => a.RoadmapId == roadmapId && a.HiddenAt == null && referenced.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        return [.. found];
    }

    public static async Task EnsureCoFacilitatorsExistAsync(IRoadmapDbContext db, WorkshopDraft draft, CancellationToken cancellationToken)
    {
        var ids = draft.CoFacilitatorIds.Distinct().ToList();
        var found = ids.Count == 0 ? 0 : await db.Users.CountAsync(u => ids.Contains(u.Id), cancellationToken);
        if (found != ids.Count)
        {
            throw new DomainRuleException("Un·e des co-animateur·rices choisi·es n'a pas de compte.");
        }
    }
}
