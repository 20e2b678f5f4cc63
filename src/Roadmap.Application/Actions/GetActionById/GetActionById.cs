using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Actions.GetActionById;

/// <summary>An action by its id alone (the API's address); same content as <see cref="GetActionDetails.GetActionDetails"/>.</summary>
public sealed record GetActionById(Guid ActionId) : IQuery<ActionDetails>;

internal sealed class GetActionByIdHandler(IRoadmapDbContext db, IMediator mediator) : IRequestHandler<GetActionById, ActionDetails>
{
    public async Task<ActionDetails> Handle(GetActionById request, CancellationToken cancellationToken)
    {
        var slug = await db.Actions.AsNoTracking()
            .Where(a => a.Id == request.ActionId)
            .Join(db.Roadmaps, a => a.RoadmapId, r => r.Id, (a, r) => r.Slug)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        return await mediator.Send(new GetActionDetails.GetActionDetails(slug, request.ActionId), cancellationToken);
    }
}
