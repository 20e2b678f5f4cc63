using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.CountHands;

/// <summary>
/// Enters (or corrects: the last entry wins) the counts taken in the room for a poll, open or closed,
/// of an in-person or hybrid workshop. Everyone receives <c>PollResults</c> with the counts apart from the
/// ballots; sent at once, not coalesced, since the coalescer never resends a closed poll's results.
/// </summary>
[RequiresRole]
public sealed record CountHands(Guid WorkshopId, Guid PollId, IReadOnlyList<OptionHandCount> Counts) : IRequest<PollTally>;

internal sealed class CountHandsHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<CountHands, PollTally>
{
    public async Task<PollTally> Handle(CountHands request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var poll = await db.Polls.FirstOrDefaultAsync(p => p.Id == request.PollId && p.WorkshopId == workshop.Id, cancellationToken)
            ?? throw new NotFoundException("Le sondage", request.PollId);
        poll.CountHands(workshop, request.Counts ?? [], clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var tally = await PollTallies.ComputeAsync(db, poll, cancellationToken);
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.PollResults, tally, cancellationToken);
        return tally;
    }
}
