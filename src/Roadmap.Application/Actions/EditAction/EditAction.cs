using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Actions.EditAction;

/// <summary>The proposer rewrites their action; the entity allows it only until a facilitator has looked at it.</summary>
[RequiresRole]
public sealed record EditAction : ActionFields, IRequest<Unit>
{
    public Guid ActionId { get; init; }
}

internal sealed class EditActionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditAction, Unit>
{
    public async Task<Unit> Handle(EditAction request, CancellationToken cancellationToken)
    {
        var editorId = user.RequireId();
        var action = await db.Actions.FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        if (action.ProposerId != editorId)
        {
            throw new ForbiddenException("Seule la personne qui a proposé l'action peut la modifier.");
        }

        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Id == action.RoadmapId, cancellationToken);
        await ActionFieldsChecks.CheckAsync(db, user, roadmap, request, action.OrganisationId, cancellationToken);
        action.Edit(roadmap, request.ToDraft(), editorId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
