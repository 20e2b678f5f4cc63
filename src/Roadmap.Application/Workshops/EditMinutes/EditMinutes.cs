using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.EditMinutes;

/// <summary>The facilitators complete or correct the generated minutes (also after publishing).</summary>
[RequiresRole]
public sealed record EditMinutes(Guid WorkshopId, string Minutes) : IRequest<Unit>;

internal sealed class EditMinutesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditMinutes, Unit>
{
    public async Task<Unit> Handle(EditMinutes request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.EditMinutes(request.Minutes, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
