using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Registration;
using Roadmap.Application.Workshops.ScheduleWorkshop;

namespace Roadmap.Application.Workshops.EditWorkshop;

/// <summary>
/// Changes a scheduled workshop (not once it is live); the agenda is replaced as a whole. A new date, length
/// or place sends the registered people an updated invitation.
/// </summary>
[RequiresRole]
public sealed record EditWorkshop(Guid WorkshopId, WorkshopDraft Draft) : IRequest<Unit>;

internal sealed class EditWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, WorkshopMailer mailer, TimeProvider clock) : IRequestHandler<EditWorkshop, Unit>
{
    public async Task<Unit> Handle(EditWorkshop request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Id == workshop.RoadmapId, cancellationToken);
        await WorkshopReferences.EnsureCoFacilitatorsExistAsync(db, request.Draft, cancellationToken);
        var actionIds = await WorkshopReferences.RoadmapActionIdsAsync(db, roadmap.Id, request.Draft, cancellationToken);

        var before = (workshop.StartsAt, workshop.DurationMinutes, workshop.Address, workshop.VisioLink);
        workshop.Edit(roadmap, request.Draft, actionIds, clock.GetUtcNow());
        if (before != (workshop.StartsAt, workshop.DurationMinutes, workshop.Address, workshop.VisioLink))
        {
            await mailer.RescheduledAsync(workshop, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
