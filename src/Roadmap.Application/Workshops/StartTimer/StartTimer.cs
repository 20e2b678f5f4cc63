using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Timer;

namespace Roadmap.Application.Workshops.StartTimer;

/// <summary>Starts (or restarts) the room's timer; everyone receives <c>TimerChanged</c>.</summary>
[RequiresRole]
public sealed record StartTimer(Guid WorkshopId, int Seconds) : IRequest<TimerView>;

internal sealed class StartTimerHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<StartTimer, TimerView>
{
    public async Task<TimerView> Handle(StartTimer request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var now = clock.GetUtcNow();
        workshop.StartTimer(request.Seconds, now);
        await db.SaveChangesAsync(cancellationToken);

        var view = TimerViews.Of(workshop, now);
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.TimerChanged, view, cancellationToken);
        return view;
    }
}
