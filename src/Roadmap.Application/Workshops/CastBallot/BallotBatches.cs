using Roadmap.Application.Common.Batching;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.CastBallot;

/// <summary>A vote as the batch receives it: whose, in which poll, what.</summary>
internal sealed record BallotDraft(Guid WorkshopId, Guid PollId, string VoterKey, BallotInput Ballot);

/// <summary>
/// The ballots of a poll written together, one transaction for the voters of the moment (issue 14, decision 043): 2,000
/// people voting within ten seconds paid one transaction each — on SQLite one after the other behind the write gate,
/// on PostgreSQL a pooled connection each held for seven round trips. A voter arriving while a batch is written waits
/// for the next batch (<see cref="CallerBatches{TKey, TItem, TResult}"/>), and is answered once that batch committed:
/// an acknowledged ballot is a stored ballot, as before.
/// </summary>
internal sealed class BallotBatches
{
    private readonly CallerBatches<(Guid WorkshopId, Guid PollId), BallotDraft, MyBallotView> _batches = new();

    /// <param name="write">Writes the batch with the leading voter's unit of work and answers each voter.</param>
    public Task<MyBallotView> CastAsync(BallotDraft draft, Func<IReadOnlyList<BatchCaller<BallotDraft, MyBallotView>>, Task> write) =>
        _batches.RunAsync((draft.WorkshopId, draft.PollId), draft, write);

    /// <summary>Polls with a batch being written or waiting (for tests: nothing stays once ballots are written).</summary>
    internal int Active => _batches.Active;

    /// <summary>Voters of a poll waiting for its next batch (for tests: who a batch held open will be followed by).</summary>
    internal int Waiting(Guid workshopId, Guid pollId) => _batches.Waiting((workshopId, pollId));
}
