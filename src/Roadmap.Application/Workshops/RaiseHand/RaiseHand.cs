using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Hands;

namespace Roadmap.Application.Workshops.RaiseHand;

/// <summary>Puts the caller in the speaking queue (already raised keeps its place). Returns the queue with the caller's hand id.</summary>
public sealed record RaiseHand(Guid WorkshopId, string? GuestToken) : IRequest<HandsView>, IRoomRequest;

internal sealed class RaiseHandHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<RaiseHand, HandsView>
{
    public async Task<HandsView> Handle(RaiseHand request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        var me = await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        var hand = await db.RaisedHands.FirstOrDefaultAsync(h => h.WorkshopId == workshop.Id && h.ParticipantKey == me.ParticipantKey, cancellationToken);
        if (hand is null)
        {
            hand = RaisedHand.Raise(workshop, me, now);
            db.RaisedHands.Add(hand);
        }
        else
        {
            hand.RaiseAgain(workshop, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var hands = await HandsQuery.ComputeAsync(db, workshop.Id, null, cancellationToken);
        live.HandsChanged(workshop.Id);
        return hands with { MyHandId = hand.Id };
    }
}
