using MediatR;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Admin.SchedulePhases;

/// <summary>
/// Replaces a roadmap's schedule (managers): the phases given, in order, without overlap; a phase
/// left out has no date. Also turns the automatic advance on or off.
/// </summary>
public sealed record SchedulePhases(string Slug, IReadOnlyList<PhaseDates> Phases, bool AdvancesAutomatically) : IRequest<Unit>;

public sealed record PhaseDates(RoadmapPhase Phase, DateOnly StartsOn, DateOnly? EndsOn);

internal sealed class SchedulePhasesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SchedulePhases, Unit>
{
    public async Task<Unit> Handle(SchedulePhases request, CancellationToken cancellationToken)
    {
        var roadmap = await RoadmapAdmin.LoadAsync(db, request.Slug, cancellationToken);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        var before = RoadmapAdmin.Schedule(roadmap);
        roadmap.SchedulePhases([.. request.Phases.Select(p => new PhaseSchedule(p.Phase, p.StartsOn, p.EndsOn))]);
        roadmap.SetAutomaticAdvance(request.AdvancesAutomatically);
        await db.RecordAsync(user, clock.GetUtcNow(), roadmap.Id, "roadmap.phases-scheduled", RoadmapAdmin.Subject(roadmap),
            before, RoadmapAdmin.Schedule(roadmap), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
