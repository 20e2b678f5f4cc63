using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Hands;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>
/// What a room holds that is the same for everyone in it: its polls with their tallies, its ideas, who is present,
/// the queue of raised hands. Read for a batch of callers at once (<see cref="RoomSnapshots"/>); each caller then adds
/// what is theirs (their ballots, upvotes, raised hand). Entities are read without tracking and never changed.
/// </summary>
internal sealed record RoomSnapshot(
    IReadOnlyList<Poll> Polls,
    IReadOnlyDictionary<Guid, PollTally> Tallies,
    IReadOnlyList<Idea> Ideas,
    PresenceView Presence,
    IReadOnlyList<HandView> Queue,
    HandView? LastCalled)
{
    public static async Task<RoomSnapshot> LoadAsync(IRoadmapDbContext db, ClosedPollCounts closed, Guid workshopId, WorkshopStatus status, CancellationToken cancellationToken)
    {
        var polls = await db.Polls.AsNoTracking().Where(p => p.WorkshopId == workshopId).OrderBy(p => p.OpenedAt).ToListAsync(cancellationToken);
        var tallies = await PollTallies.ComputeAsync(db, polls, closed, cancellationToken);
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.WorkshopId == workshopId).OrderBy(i => i.PostedAt).ToListAsync(cancellationToken);
        var presence = await PresenceQuery.ComputeAsync(db, workshopId, status, cancellationToken);
        var hands = await HandsQuery.ComputeAsync(db, workshopId, myHandId: null, cancellationToken);
        return new RoomSnapshot(polls, tallies, ideas, presence, hands.Queue, hands.LastCalled);
    }
}
