using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>The whole room as the caller sees it; what a reconnecting client catches up with. Participants must have joined.</summary>
public sealed record GetWorkshopState(Guid WorkshopId, string? GuestToken) : IQuery<WorkshopState>, IRoomRequest;

internal sealed class GetWorkshopStateHandler(IRoadmapDbContext db, ICurrentUser user, RoomReads reads, TimeProvider clock) : IRequestHandler<GetWorkshopState, WorkshopState>
{
    public async Task<WorkshopState> Handle(GetWorkshopState request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        var isFacilitator = await WorkshopAccess.CanRunAsync(db, workshop, user, cancellationToken);
        var me = isFacilitator
            ? await WorkshopAccess.FindAttendanceAsync(db, user, request, cancellationToken)
            : await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        return await WorkshopStateBuilder.BuildAsync(db, reads, workshop, me, isFacilitator, freshGuest: false, clock.GetUtcNow(), cancellationToken);
    }
}
