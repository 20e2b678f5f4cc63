using System.Collections.Concurrent;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>
/// Reads each room's <see cref="RoomSnapshot"/> once for all the callers of the moment instead of once each (issue 14:
/// a crowd joining or coming back after a dropped network reads the same room thousands of times in seconds).
/// <para>
/// A caller is never handed a read that started before it asked. Callers arriving while a read runs wait together for
/// the next one, which one of them runs as soon as the running read ends, for all of them. So each caller sees every
/// write committed before it asked (its own join among them), exactly as a read of its own would; a crowd costs one read
/// per read's duration instead of one read per caller. Nothing is kept once the room's reads are done: this is
/// batching, not a cache, so two nodes never disagree for longer than a read takes.
/// </para>
/// </summary>
internal sealed class RoomSnapshots
{
    private readonly ConcurrentDictionary<Guid, Room> _rooms = new();

    /// <param name="load">
    /// Reads the room with the caller's own unit of work; run for the caller's batch if this caller leads it. It must
    /// not depend on the caller's cancellation: the others of the batch wait for its answer.
    /// </param>
    public Task<RoomSnapshot> ReadAsync(Guid workshopId, Func<Task<RoomSnapshot>> load)
    {
        var room = _rooms.GetOrAdd(workshopId, static _ => new Room());
        return room.ReadAsync(load, () => _rooms.TryRemove(KeyValuePair.Create(workshopId, room)));
    }

    /// <summary>Rooms with a read running or waiting (for tests: nothing stays once reads are done).</summary>
    internal int Active => _rooms.Count;

    private sealed class Room
    {
        private readonly Lock _gate = new();

        /// <summary>The read in progress: whoever arrives now asked after it started, so it is not theirs.</summary>
        private Task? _running;

        /// <summary>The callers waiting for the read after <see cref="_running"/>; its first caller runs it.</summary>
        private TaskCompletionSource<RoomSnapshot>? _next;

        /// <param name="forget">Takes the room out of the node's list once no read runs or waits.</param>
        public async Task<RoomSnapshot> ReadAsync(Func<Task<RoomSnapshot>> load, Action forget)
        {
            TaskCompletionSource<RoomSnapshot>? waiting;
            TaskCompletionSource<RoomSnapshot> batch;
            Task? before;
            lock (_gate)
            {
                waiting = _next;
                batch = waiting ?? new TaskCompletionSource<RoomSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
                _next = batch;
                before = _running;
            }

            if (waiting is not null)
            {
                return await waiting.Task;
            }

            if (before is not null)
            {
                // The running read's outcome is its callers'; this batch reads after it whatever it gave.
                await before.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            lock (_gate)
            {
                // From here the batch is closed: a caller arriving now asked after this read started.
                _next = null;
                _running = batch.Task;
            }

            RoomSnapshot? snapshot = null;
            Exception? error = null;
            try
            {
                snapshot = await load();
            }
            catch (Exception failure)
            {
                error = failure;
            }

            lock (_gate)
            {
                // Before answering: whoever the answer wakes finds the room already forgotten when nobody waits.
                if (_next is null)
                {
                    _running = null;
                    forget();
                }
            }

            if (error is null)
            {
                batch.SetResult(snapshot!);
            }
            else
            {
                batch.SetException(error);
            }

            return await batch.Task;
        }
    }
}
