using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.ClosePoll;

/// <summary>
/// Closes a poll with a conditional UPDATE (only if still open), the same row a ballot locks first
/// (see CastBallot): once the close is committed no ballot can land, so the tally read afterwards
/// is final and equals the stored ballots. Used by ClosePoll, the expiry sweep and EndWorkshop.
/// </summary>
internal static class PollClosing
{
    /// <summary>Returns the final results, or null when someone else closed it first.</summary>
    public static async Task<PollClosedView?> TryCloseAsync(IRoadmapDbContext db, Poll poll, DateTimeOffset now, CancellationToken cancellationToken)
    {
        poll.Close(now);
        var closedAt = poll.ClosedAt!.Value;
        var closed = await db.Polls.Where(p => p.Id == poll.Id).Where(Poll.NotClosed)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, closedAt), cancellationToken);
        return closed == 0 ? null : new PollClosedView(poll.Id, poll.WorkshopId, closedAt, await PollTallies.ComputeAsync(db, poll, cancellationToken));
    }

    public static Task AnnounceAsync(ILiveNotifier live, PollClosedView closed, CancellationToken cancellationToken) =>
        live.ToWorkshopAsync(closed.WorkshopId, LiveEvents.PollClosed, closed, cancellationToken);
}
