using Roadmap.Application.Common.Batching;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.JoinWorkshop;

/// <summary>
/// An arrival as the batch receives it: the room's code and who asks — the caller's own account (its roles, team and
/// organisation decide whether it runs the room), or a guest's name and the token of an earlier visit.
/// </summary>
internal sealed record JoinDraft(string Code, CallerSnapshot User, string? GuestName, string? GuestToken);

/// <summary>
/// What entering gave one caller: the room, their attendance, the token a fresh guest keeps, whether they run the room.
/// The entities are the batch's (read, then written, by the leading caller's unit of work); the other callers only read
/// them to build their state.
/// </summary>
internal sealed record Entered(Workshop Workshop, Attendance Attendance, string? GuestToken, bool IsFacilitator, bool FreshGuest);

/// <summary>
/// The arrivals of a room entered together, one transaction for the people joining at that moment (issue 14, decision
/// 044): 2,000 people opening the room within seconds each paid a transaction of their own — on SQLite one after the
/// other behind the write gate, on PostgreSQL a pooled connection each — to read the same workshop and write one row.
/// A caller arriving while a batch is written waits for the next one (<see cref="CallerBatches{TKey, TItem, TResult}"/>)
/// and is answered once that batch committed: a join that returns is a stored join, as before.
/// </summary>
internal sealed class JoinBatches
{
    private readonly CallerBatches<string, JoinDraft, Entered> _batches = new();

    /// <param name="write">Enters the batch's callers with the leading caller's unit of work and answers each.</param>
    public Task<Entered> EnterAsync(JoinDraft draft, Func<IReadOnlyList<BatchCaller<JoinDraft, Entered>>, Task> write) =>
        _batches.RunAsync(draft.Code, draft, write);

    /// <summary>Rooms with a batch being written or waiting (for tests: nothing stays once the joins are written).</summary>
    internal int Active => _batches.Active;
}
