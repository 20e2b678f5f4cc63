using Roadmap.Application.Common.Batching;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>
/// Reads each room's <see cref="RoomSnapshot"/> once for all the callers of the moment instead of once each (issue 14:
/// a crowd joining or coming back after a dropped network reads the same room thousands of times in seconds).
/// <para>
/// A caller is never handed a read that started before it asked (<see cref="CallerBatches{TKey, TItem, TResult}"/>):
/// callers arriving while a read runs wait together for the next one. So each caller sees every write committed before
/// it asked (its own join among them), exactly as a read of its own would; a crowd costs one read per read's duration
/// instead of one read per caller. Nothing is kept once the room's reads are done: this is batching, not a cache, so
/// two nodes never disagree for longer than a read takes.
/// </para>
/// </summary>
internal sealed class RoomSnapshots
{
    private readonly CallerBatches<Guid, Func<Task<RoomSnapshot>>, RoomSnapshot> _reads = new();

    /// <param name="load">
    /// Reads the room with the caller's own unit of work; run for the caller's batch if this caller leads it. It must
    /// not depend on the caller's cancellation: the others of the batch wait for its answer.
    /// </param>
    public Task<RoomSnapshot> ReadAsync(Guid workshopId, Func<Task<RoomSnapshot>> load) =>
        _reads.RunAsync(workshopId, load, async batch =>
        {
            var snapshot = await batch[0].Item();
            foreach (var caller in batch)
            {
                caller.Answer(snapshot);
            }
        });

    /// <summary>Rooms with a read running or waiting (for tests: nothing stays once reads are done).</summary>
    internal int Active => _reads.Active;
}
