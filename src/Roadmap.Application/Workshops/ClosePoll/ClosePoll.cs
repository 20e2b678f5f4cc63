using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.ClosePoll;

/// <summary>Closes a poll; everyone receives <c>PollClosed</c> with the exact final tally, which is also returned.</summary>
[RequiresRole]
public sealed record ClosePoll(Guid WorkshopId, Guid PollId) : IRequest<PollClosedView>;

internal sealed class ClosePollHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<ClosePoll, PollClosedView>
{
    public async Task<PollClosedView> Handle(ClosePoll request, CancellationToken cancellationToken)
    {
        await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var poll = await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PollId && p.WorkshopId == request.WorkshopId, cancellationToken)
            ?? throw new NotFoundException("Le sondage", request.PollId);
        var closed = await PollClosing.TryCloseAsync(db, poll, clock.GetUtcNow(), cancellationToken)
            ?? throw new DomainRuleException("Ce sondage est déjà clos.");
        await PollClosing.AnnounceAsync(live, closed, cancellationToken);
        return closed;
    }
}
