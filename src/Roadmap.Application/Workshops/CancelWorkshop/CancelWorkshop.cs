using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Registration;

namespace Roadmap.Application.Workshops.CancelWorkshop;

/// <summary>Cancels a scheduled workshop with a public reason; it stays listed as cancelled, and each registered person gets the cancellation (.ics METHOD:CANCEL).</summary>
[RequiresRole]
public sealed record CancelWorkshop(Guid WorkshopId, string Reason) : IRequest<Unit>;

internal sealed class CancelWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, WorkshopMailer mailer, TimeProvider clock) : IRequestHandler<CancelWorkshop, Unit>
{
    public async Task<Unit> Handle(CancelWorkshop request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.Cancel(request.Reason, clock.GetUtcNow());
        await mailer.CancelledAsync(workshop, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
