using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Admin.AdvanceDuePhases;

/// <summary>
/// Moves every roadmap that advances by itself and whose next phase starts today or earlier (in
/// Paris) to that phase, one phase per roadmap, with an automatic public message. Sent every minute
/// by the web host's sweeper; several nodes may sweep at once and each advance still happens once.
/// Returns how many roadmaps this call advanced.
/// </summary>
public sealed record AdvanceDuePhases : IRequest<int>;

internal sealed class AdvanceDuePhasesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AdvanceDuePhases, int>
{
    public async Task<int> Handle(AdvanceDuePhases request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(FrenchFormat.ToParis(now));
        var candidates = await db.Roadmaps.AsNoTracking()
            .Where(r => r.AdvancesAutomatically && r.ArchivedAt == null && r.CurrentPhase != RoadmapPhase.MiseEnOeuvre)
            .ToListAsync(cancellationToken);
        var advanced = 0;
        foreach (var roadmap in candidates.Where(r => r.IsDueToAdvance(today)))
        {
            var from = roadmap.CurrentPhase;
            var next = roadmap.Phases.Single(p => p.Phase == roadmap.NextPhase);
            roadmap.Advance($"La phase « {next.Phase.French()} » commence, comme prévu le {FrenchFormat.Date(next.StartsOn)}.", now);
            if (await RoadmapPhaseChange.TryApplyAsync(db, roadmap, from, cancellationToken))
            {
                await RoadmapPhaseChange.RecordAsync(db, user, now, roadmap, from, cancellationToken);
                advanced++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return advanced;
    }
}
