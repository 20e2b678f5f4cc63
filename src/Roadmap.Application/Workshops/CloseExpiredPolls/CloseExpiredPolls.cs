using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.ClosePoll;

namespace Roadmap.Application.Workshops.CloseExpiredPolls;

/// <summary>
/// Records the close of timed polls whose time ran out and announces their final tally. Sent every
/// second by the web host's sweeper (ballots are refused from the closing time on, sweep or not).
/// Several web nodes may sweep at once: the conditional close lets exactly one announce each poll.
/// </summary>
public sealed record CloseExpiredPolls : IRequest<int>;

internal sealed class CloseExpiredPollsHandler(IRoadmapDbContext db, ILiveNotifier live, TimeProvider clock) : IRequestHandler<CloseExpiredPolls, int>
{
    public async Task<int> Handle(CloseExpiredPolls request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await db.Polls.AsNoTracking().Where(Poll.ExpiredAt(now)).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var poll in expired)
        {
            if (await PollClosing.TryCloseAsync(db, poll, now, cancellationToken) is { } closed)
            {
                await PollClosing.AnnounceAsync(live, closed, cancellationToken);
                count++;
            }
        }

        return count;
    }
}
