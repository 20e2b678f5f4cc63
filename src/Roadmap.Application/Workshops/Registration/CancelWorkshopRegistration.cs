using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.Registration;

/// <summary>
/// « Je ne viens plus »: removes the caller's registration while the workshop is still to come; no more
/// mail about it. Idempotent: returns whether a registration was removed.
/// </summary>
[RequiresRole]
public sealed record CancelWorkshopRegistration(Guid WorkshopId) : IRequest<bool>;

internal sealed class CancelWorkshopRegistrationHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CancelWorkshopRegistration, bool>
{
    public async Task<bool> Handle(CancelWorkshopRegistration request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        if (workshop.RegistrationRefusalAt(clock.GetUtcNow()) is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        return await db.WorkshopRegistrations.Where(r => r.WorkshopId == workshop.Id && r.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
