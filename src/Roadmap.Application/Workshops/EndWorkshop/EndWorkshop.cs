using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.EndWorkshop;

/// <summary>
/// Closes the workshop: open polls close with their final tally (<c>PollClosed</c>), hands come
/// down, everyone is marked as gone, the minutes are written, and everyone receives
/// <c>WorkshopEnded</c>. Nothing is accepted in the room afterwards.
/// </summary>
[RequiresRole]
public sealed record EndWorkshop(Guid WorkshopId) : IRequest<WorkshopEndedView>;

internal sealed class EndWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<EndWorkshop, WorkshopEndedView>
{
    public async Task<WorkshopEndedView> Handle(EndWorkshop request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var now = clock.GetUtcNow();
        workshop.End(now);

        var closedPolls = await db.InTransactionAsync(async token =>
        {
            var closed = new List<PollClosedView>();
            foreach (var poll in await db.Polls.AsNoTracking().Where(p => p.WorkshopId == workshop.Id && p.ClosedAt == null).ToListAsync(token))
            {
                if (await PollClosing.TryCloseAsync(db, poll, now, token) is { } done)
                {
                    closed.Add(done);
                }
            }

            foreach (var hand in await db.RaisedHands.Where(h => h.WorkshopId == workshop.Id && h.LoweredAt == null && h.CalledAt == null).ToListAsync(token))
            {
                hand.Close(now);
            }

            foreach (var attendance in await db.WorkshopAttendances.Where(a => a.WorkshopId == workshop.Id && a.LeftAt == null).ToListAsync(token))
            {
                attendance.Leave(now);
            }

            workshop.WriteGeneratedMinutes(MinutesWriter.Write(await MinutesSource.LoadAsync(db, workshop, token)));
            await db.SaveChangesAsync(token);
            return closed;
        }, cancellationToken);

        foreach (var closed in closedPolls)
        {
            await PollClosing.AnnounceAsync(live, closed, cancellationToken);
        }

        var ended = new WorkshopEndedView(workshop.Id, now);
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.WorkshopEnded, ended, cancellationToken);
        live.PresenceChanged(workshop.Id);
        return ended;
    }
}
