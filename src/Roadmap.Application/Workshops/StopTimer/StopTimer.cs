using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Timer;

namespace Roadmap.Application.Workshops.StopTimer;

/// <summary>Stops the running timer; everyone receives <c>TimerChanged</c>.</summary>
[RequiresRole]
public sealed record StopTimer(Guid WorkshopId) : IRequest<TimerView>;

internal sealed class StopTimerHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<StopTimer, TimerView>
{
    public async Task<TimerView> Handle(StopTimer request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var now = clock.GetUtcNow();
        workshop.StopTimer(now);
        await db.SaveChangesAsync(cancellationToken);

        var view = TimerViews.Of(workshop, now);
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.TimerChanged, view, cancellationToken);
        return view;
    }
}
