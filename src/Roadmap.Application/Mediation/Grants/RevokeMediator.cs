using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Mediation.Grants;

/// <summary>An Administrator withdraws the role; what the person recorded stays, and they can no longer correct it.</summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record RevokeMediator(Guid OrganisationId, Guid UserId) : IRequest<Unit>;

internal sealed class RevokeMediatorHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RevokeMediator, Unit>
{
    public async Task<Unit> Handle(RevokeMediator request, CancellationToken cancellationToken)
    {
        var organisation = await MediatorGrantTargets.OrganisationAsync(db, request.OrganisationId, cancellationToken);
        var grant = await db.MediatorGrants.FirstOrDefaultAsync(g => g.UserId == request.UserId && g.OrganisationId == organisation.Id, cancellationToken);
        if (grant is null)
        {
            return Unit.Value;
        }

        var name = await db.Users.Where(u => u.Id == request.UserId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        db.MediatorGrants.Remove(grant);
        await db.RecordAsync(user, clock.GetUtcNow(), null, "mediator.revoked", $"{name} : médiateur·rice pour « {organisation.Name} »",
            new MediatorGrantTargets.GrantState(name, organisation.Name), null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
