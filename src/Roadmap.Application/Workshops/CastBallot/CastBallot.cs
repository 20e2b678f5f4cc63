using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Metrics;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.CastBallot;

/// <summary>
/// Votes in an open poll, or changes one's vote (the last one counts). Returns the caller's own
/// ballot; results reach everyone coalesced (<c>PollResults</c>).
/// </summary>
public sealed record CastBallot(Guid WorkshopId, string? GuestToken, Guid PollId, BallotInput Ballot) : IRequest<MyBallotView>, IRoomRequest;

internal sealed class CastBallotHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock, RoadmapMetrics metrics, AfterCommit afterCommit) : IRequestHandler<CastBallot, MyBallotView>
{
    public async Task<MyBallotView> Handle(CastBallot request, CancellationToken cancellationToken)
    {
        var me = await WorkshopAccess.RequireAttendanceAsync(db, user, request, cancellationToken);
        var poll = await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PollId && p.WorkshopId == request.WorkshopId, cancellationToken)
            ?? throw new NotFoundException("Le sondage", request.PollId);
        var now = clock.GetUtcNow();

        var ballot = await db.InTransactionAsync(async token =>
        {
            // Holding the poll's row first makes this ballot and a close exclude each other: a close
            // committed before finds no open poll here; a close after waits for this commit. The
            // ballot itself (Cast or Change) then checks the poll once: open, voter, choices.
            if (!await db.EnterOpenPollAsync(poll.Id, now, token))
            {
                throw new DomainRuleException(Poll.ClosedRefusal);
            }

            var ballot = await db.Ballots.FirstOrDefaultAsync(b => b.PollId == poll.Id && b.VoterKey == me.ParticipantKey, token);
            if (ballot is null)
            {
                ballot = Ballot.Cast(poll, me, request.Ballot, now);
                db.Ballots.Add(ballot);
            }
            else
            {
                ballot.Change(poll, request.Ballot, now);
            }

            await db.SaveChangesAsync(token);
            return ballot;
        }, cancellationToken);

        live.PollResultsChanged(poll.WorkshopId, poll.Id);
        afterCommit.Run(metrics.BallotRecorded);
        return PollViews.MyBallot(ballot, poll.Kind);
    }
}
