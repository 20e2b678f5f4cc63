using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.PublishMinutes;

/// <summary>Publishes the minutes: they then appear on the roadmap's page and in <c>GetWorkshop</c> for everyone.</summary>
[RequiresRole]
public sealed record PublishMinutes(Guid WorkshopId) : IRequest<Unit>;

internal sealed class PublishMinutesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<PublishMinutes, Unit>
{
    public async Task<Unit> Handle(PublishMinutes request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.PublishMinutes(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
