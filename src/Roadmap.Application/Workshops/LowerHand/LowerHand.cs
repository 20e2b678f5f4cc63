using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Hands;

namespace Roadmap.Application.Workshops.LowerHand;

/// <summary>Takes the caller out of the speaking queue.</summary>
public sealed record LowerHand(Guid WorkshopId, string? GuestToken) : IRequest<HandsView>, IRoomRequest;

internal sealed class LowerHandHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<LowerHand, HandsView>
{
    public async Task<HandsView> Handle(LowerHand request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        var me = await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        var hand = await db.RaisedHands.FirstOrDefaultAsync(h => h.WorkshopId == workshop.Id && h.ParticipantKey == me.ParticipantKey, cancellationToken)
            ?? throw new DomainRuleException("Votre main n'est pas levée.");
        hand.Lower(workshop, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var hands = await HandsQuery.ComputeAsync(db, workshop.Id, null, cancellationToken);
        live.HandsChanged(workshop.Id);
        return hands;
    }
}
