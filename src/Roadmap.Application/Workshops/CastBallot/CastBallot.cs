using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Batching;
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
[OwnTransaction("The ballots of a poll are written together (BallotBatches): a voter waits for its batch's transaction, which another voter's request may be running.")]
public sealed record CastBallot(Guid WorkshopId, string? GuestToken, Guid PollId, BallotInput Ballot) : IRequest<MyBallotView>, IRoomRequest;

internal sealed class CastBallotHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, TimeProvider clock, RoadmapMetrics metrics, AfterCommit afterCommit, BallotBatches batches)
    : IRequestHandler<CastBallot, MyBallotView>
{
    public Task<MyBallotView> Handle(CastBallot request, CancellationToken cancellationToken)
    {
        var voter = WorkshopAccess.IdentityOf(user, request.GuestToken) ?? throw new ForbiddenException(WorkshopAccess.NotJoined);
        return batches.CastAsync(new BallotDraft(request.WorkshopId, request.PollId, voter.Key, request.Ballot), WriteAsync);
    }

    /// <summary>
    /// Writes a batch's ballots in one transaction of this request's unit of work. A twin ballot written meanwhile by
    /// another node fails the batch's commit: each ballot is then written alone, as it would have been without the batch.
    /// Each batch's size and wall time go to <c>/metrics</c>.
    /// </summary>
    private async Task WriteAsync(IReadOnlyList<BatchCaller<BallotDraft, MyBallotView>> voters)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            BatchOutcome<MyBallotView>.AnswerAll(voters, await WriteTogetherAsync(voters));
        }
        catch (DbUpdateException) when (voters.Count > 1)
        {
            foreach (var voter in voters)
            {
                try
                {
                    BatchOutcome<MyBallotView>.AnswerAll([voter], await WriteTogetherAsync([voter]));
                }
                catch (Exception failure)
                {
                    voter.Refuse(failure);
                }
            }
        }
        finally
        {
            metrics.BallotBatchWritten(voters.Count, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// Who joined, the poll held (<see cref="IRoadmapDbContext.EnterPollAsync"/>), the voters' earlier ballots: one read
    /// each for the whole batch; then each ballot is checked on its own (a refused one refuses only its voter) and the
    /// accepted ones are saved together: the new ones set-based (<see cref="IRoadmapDbContext.InsertBallotsAsync"/>),
    /// the changed ones by SaveChanges. Not the caller's cancellation: the batch's other voters wait for this write.
    /// </summary>
    private async Task<IReadOnlyList<BatchOutcome<MyBallotView>>> WriteTogetherAsync(IReadOnlyList<BatchCaller<BallotDraft, MyBallotView>> voters)
    {
        var (workshopId, pollId) = (voters[0].Item.WorkshopId, voters[0].Item.PollId);
        var keys = voters.Select(v => v.Item.VoterKey).Distinct().ToList();
        // The voters' ballots, read or cast: what the context tracks for this batch.
        var ballots = new Dictionary<string, Ballot>();
        try
        {
            return await afterCommit.InTransactionAsync(db, async token =>
            {
                // A provider that retries the transaction (SQL Server's execution strategy) starts again from nothing.
                Forget(ballots);
                var attendances = await db.WorkshopAttendances.AsNoTracking()
                    .Where(a => a.WorkshopId == workshopId && keys.Contains(a.ParticipantKey))
                    .ToDictionaryAsync(a => a.ParticipantKey, token);
                var poll = attendances.Count == 0 ? null : await db.EnterPollAsync(pollId, workshopId, token);
                if (poll is not null)
                {
                    await db.Ballots.Where(b => b.PollId == poll.Id && keys.Contains(b.VoterKey)).ForEachAsync(b => ballots[b.VoterKey] = b, token);
                }

                var now = clock.GetUtcNow();
                var cast = new List<Ballot>();
                var outcomes = voters.Select(v => Apply(v.Item, attendances.GetValueOrDefault(v.Item.VoterKey), poll, ballots, cast, now)).ToList();
                if (outcomes.Any(o => o.Succeeded))
                {
                    // A refused write (a twin ballot of a voter) fails the whole batch, so no savepoint is needed.
                    await db.InsertBallotsAsync(cast, token);
                    await db.SaveChangesWithoutSavepointAsync(token);
                    live.PollResultsChanged(workshopId, pollId);
                    foreach (var _ in outcomes.Where(o => o.Succeeded))
                    {
                        afterCommit.Run(metrics.BallotRecorded);
                    }
                }

                return outcomes;
            }, CancellationToken.None);
        }
        catch
        {
            // What the failed transaction left tracked must not be written again by the next attempt.
            Forget(ballots);
            throw;
        }
    }

    private void Forget(Dictionary<string, Ballot> ballots)
    {
        foreach (var ballot in ballots.Values)
        {
            db.Ballots.Entry(ballot).State = EntityState.Detached;
        }

        ballots.Clear();
    }

    /// <summary>One voter's ballot: an earlier one changed (tracked, saved by SaveChanges) or a new one added to <paramref name="cast"/> (written set-based).</summary>
    private static BatchOutcome<MyBallotView> Apply(BallotDraft draft, Attendance? me, Poll? poll, Dictionary<string, Ballot> ballots, List<Ballot> cast, DateTimeOffset now)
    {
        if (me is null)
        {
            return new(null, new ForbiddenException(WorkshopAccess.NotJoined));
        }

        if (poll is null)
        {
            return new(null, new NotFoundException("Le sondage", draft.PollId));
        }

        try
        {
            if (ballots.TryGetValue(me.ParticipantKey, out var ballot))
            {
                ballot.Change(poll, draft.Ballot, now);
            }
            else
            {
                ballot = Ballot.Cast(poll, me, draft.Ballot, now);
                cast.Add(ballot);
                ballots[me.ParticipantKey] = ballot;
            }

            return new(PollViews.MyBallot(ballot, poll.Kind), null);
        }
        catch (DomainRuleException refusal)
        {
            return new(null, refusal);
        }
    }

}
