using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Following;

namespace Roadmap.Application.Actions.WithdrawAction;

/// <summary>The proposer takes back their proposal before it is decided; the public history keeps a trace.</summary>
[RequiresRole]
public sealed record WithdrawAction(Guid ActionId) : IRequest<Unit>;

internal sealed class WithdrawActionHandler(IRoadmapDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock) : IRequestHandler<WithdrawAction, Unit>
{
    public async Task<Unit> Handle(WithdrawAction request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var action = await db.Actions.FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        if (action.ProposerId != userId)
        {
            throw new ForbiddenException("Seule la personne qui a proposé l'action peut la retirer.");
        }

        action.Withdraw(userId, clock.GetUtcNow());
        var slug = await db.Roadmaps.Where(r => r.Id == action.RoadmapId).Select(r => r.Slug).FirstAsync(cancellationToken);
        await StatusChangeNotice.SendAsync(notifier, action, slug, userId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
