using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Registration;

namespace Roadmap.Application.Workshops.PublishMinutes;

/// <summary>
/// Publishes the minutes: they then appear on the roadmap's page and in <c>GetWorkshop</c> for everyone, and
/// the people registered or present with an account get a mail with the link.
/// </summary>
[RequiresRole]
public sealed record PublishMinutes(Guid WorkshopId) : IRequest<Unit>;

internal sealed class PublishMinutesHandler(IRoadmapDbContext db, ICurrentUser user, WorkshopMailer mailer, TimeProvider clock) : IRequestHandler<PublishMinutes, Unit>
{
    public async Task<Unit> Handle(PublishMinutes request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.PublishMinutes(clock.GetUtcNow());
        await mailer.MinutesPublishedAsync(workshop, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
