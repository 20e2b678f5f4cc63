using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.LeaveWorkshop;

/// <summary>
/// Marks the caller as gone (the hub also sends it when their last connection drops). A raised
/// hand keeps its place: a participant on a bad connection who comes back is still in the queue.
/// </summary>
public sealed record LeaveWorkshop(Guid WorkshopId, string? GuestToken) : IRequest<Unit>, IRoomRequest;

internal sealed class LeaveWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<LeaveWorkshop, Unit>
{
    public async Task<Unit> Handle(LeaveWorkshop request, CancellationToken cancellationToken)
    {
        var attendance = await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        attendance.Leave(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        live.PresenceChanged(request.WorkshopId);
        return Unit.Value;
    }
}
