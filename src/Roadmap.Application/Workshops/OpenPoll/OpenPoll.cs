using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.OpenPoll;

/// <summary>Opens a poll (one at a time per workshop); everyone receives <c>PollOpened</c>.</summary>
[RequiresRole]
public sealed record OpenPoll(Guid WorkshopId, PollDraft Poll) : IRequest<PollView>;

internal sealed class OpenPollHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock) : IRequestHandler<OpenPoll, PollView>
{
    public async Task<PollView> Handle(OpenPoll request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadForFacilitatorAsync(db, user, request.WorkshopId, cancellationToken);
        var now = clock.GetUtcNow();
        if (await db.Polls.Where(p => p.WorkshopId == workshop.Id).AnyAsync(Poll.OpenAt(now), cancellationToken))
        {
            throw new DomainRuleException("Un sondage est déjà ouvert : fermez-le avant d'en ouvrir un autre.");
        }

        var actionIds = (request.Poll.Options ?? []).Select(o => o.ActionId).OfType<Guid>().ToList();
        var actionTitles = actionIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Actions.Where(a => a.RoadmapId == workshop.RoadmapId && a.HiddenAt == null && actionIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var poll = Poll.Open(workshop, request.Poll, actionTitles, user.RequireId(), now);
        db.Polls.Add(poll);
        await db.SaveChangesAsync(cancellationToken);

        // The room's view withholds the (empty) results from whoever has not voted; the facilitator who opened it sees them.
        var tally = await PollTallies.ComputeAsync(db, poll, cancellationToken);
        await live.ToWorkshopAsync(workshop.Id, LiveEvents.PollOpened, PollViews.View(poll, tally, null, isFacilitator: false, now), cancellationToken);
        return PollViews.View(poll, tally, null, isFacilitator: true, now);
    }
}
