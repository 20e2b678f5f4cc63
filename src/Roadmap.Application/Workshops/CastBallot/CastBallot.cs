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
        var now = clock.GetUtcNow();

        var (poll, ballot) = await db.InTransactionAsync(async token =>
        {
            // Reading the poll while holding its row makes this ballot and a close exclude each other: a close
            // committed before shows here as closed; a close after waits for this commit. The ballot itself (Cast
            // or Change) then checks the poll once: open, voter, choices.
            var poll = await db.EnterPollAsync(request.PollId, request.WorkshopId, token)
                ?? throw new NotFoundException("Le sondage", request.PollId);
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

            // A refused write (a twin ballot of the same voter) fails the whole ballot, so no savepoint is needed.
            await db.SaveChangesWithoutSavepointAsync(token);
            return (poll, ballot);
        }, cancellationToken);

        live.PollResultsChanged(poll.WorkshopId, poll.Id);
        afterCommit.Run(metrics.BallotRecorded);
        return PollViews.MyBallot(ballot, poll.Kind);
    }
}
