using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Hands;

namespace Roadmap.Application.Workshops.CallOnNextHand;

/// <summary>Gives the floor to the first raised hand; it leaves the queue and becomes <c>lastCalled</c>.</summary>
[RequiresRole]
public sealed record CallOnNextHand(Guid WorkshopId) : IRequest<HandsView>;

internal sealed class CallOnNextHandHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<CallOnNextHand, HandsView>
{
    public async Task<HandsView> Handle(CallOnNextHand request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        workshop.EnsureLive();
        var next = await db.RaisedHands
            .Where(h => h.WorkshopId == workshop.Id && h.LoweredAt == null && h.CalledAt == null)
            .OrderBy(h => h.RaisedAt)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("Aucune main n'est levée.");
        next.Call(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var hands = await HandsQuery.ComputeAsync(db, workshop.Id, null, cancellationToken);
        live.HandsChanged(workshop.Id);
        return hands;
    }
}
