using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.FollowUp.GetActionPilots;

/// <summary>The pilots of an action, by name, as the site shows them (public, like the action itself).</summary>
public sealed record GetActionPilots(Guid ActionId) : IQuery<IReadOnlyList<ActionPilotView>>;

/// <summary>A pilot: their public name and, when they have one, their organisation's.</summary>
public sealed record ActionPilotView(Guid UserId, string DisplayName, string? OrganisationName);

internal sealed class GetActionPilotsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetActionPilots, IReadOnlyList<ActionPilotView>>
{
    public async Task<IReadOnlyList<ActionPilotView>> Handle(GetActionPilots request, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        return await PilotNames.OfAsync(db, action.Id, cancellationToken);
    }
}
