using System.Collections.Concurrent;

namespace Roadmap.Application.Common.Batching;

/// <summary>
/// Runs the work of the callers of the moment together, one run per key at a time (issue 14: a crowd of a room reading
/// the same room, or voting in the same poll, within seconds). Callers arriving while a run for their key is under way
/// wait together for the <b>next</b> run, which the first of them starts as soon as the running one ends, for all of
/// them. So no caller is ever answered by a run that started before it asked: batching, not caching. Under load the
/// batches grow by themselves (the longer a run, the more callers it gathers); a lone caller runs at once.
/// <para>
/// The run receives the batch's callers and answers each (<see cref="BatchCaller{TItem, TResult}.Answer"/>, <see cref="BatchCaller{TItem, TResult}.Refuse"/>);
/// one it leaves unanswered, or all of them if it throws, get its exception. Nothing is kept once a key's runs are done.
/// The run belongs to the caller who leads the batch (its unit of work), so it must not depend on that caller's
/// cancellation: the others wait for it.
/// </para>
/// </summary>
internal sealed class CallerBatches<TKey, TItem, TResult>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Queue> _queues = new();

    public Task<TResult> RunAsync(TKey key, TItem item, Func<IReadOnlyList<BatchCaller<TItem, TResult>>, Task> run)
    {
        var caller = new BatchCaller<TItem, TResult>(item);
        while (true)
        {
            var queue = _queues.GetOrAdd(key, static _ => new Queue());
            if (queue.TryJoin(caller, out var before))
            {
                return caller.Leads ? queue.LeadAsync(caller, before, run, () => _queues.TryRemove(KeyValuePair.Create(key, queue))) : caller.Task;
            }

            // That queue was just retired (its last run ended with nobody waiting): the key's next queue takes the caller.
        }
    }

    /// <summary>Keys with a run under way or callers waiting (for tests: nothing stays once runs are done).</summary>
    internal int Active => _queues.Count;

    /// <summary>Callers of <paramref name="key"/> waiting for its next run (for tests: whom a run they hold will be followed by).</summary>
    internal int Waiting(TKey key) => _queues.TryGetValue(key, out var queue) ? queue.Waiting : 0;

    private sealed class Queue
    {
        private readonly Lock _gate = new();

        /// <summary>The run under way: whoever arrives now asked after it started, so it is not theirs.</summary>
        private Task? _running;

        /// <summary>The callers waiting for the run after <see cref="_running"/>; the first of them leads it.</summary>
        private List<BatchCaller<TItem, TResult>>? _next;

        /// <summary>Out of the node's list: a caller finding it so goes to the key's next queue.</summary>
        private bool _retired;

        public int Waiting
        {
            get
            {
                lock (_gate)
                {
                    return _next?.Count ?? 0;
                }
            }
        }

        public bool TryJoin(BatchCaller<TItem, TResult> caller, out Task? before)
        {
            lock (_gate)
            {
                before = _running;
                if (_retired)
                {
                    return false;
                }

                caller.Leads = _next is null;
                (_next ??= []).Add(caller);
                return true;
            }
        }

        public async Task<TResult> LeadAsync(BatchCaller<TItem, TResult> leader, Task? before, Func<IReadOnlyList<BatchCaller<TItem, TResult>>, Task> run, Action retire)
        {
            if (before is not null)
            {
                // The running batch's outcome is its callers'; this batch runs after it whatever it gave.
                await before.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            List<BatchCaller<TItem, TResult>> batch;
            lock (_gate)
            {
                // From here the batch is closed: a caller arriving now asked after this run started.
                batch = _next!;
                _next = null;
                _running = ended.Task;
            }

            Exception? failure = null;
            try
            {
                await run(batch);
            }
            catch (Exception error)
            {
                failure = error;
            }

            lock (_gate)
            {
                // Before answering: whoever an answer wakes finds the queue already retired when nobody waits.
                if (_next is null)
                {
                    _running = null;
                    _retired = true;
                    retire();
                }
            }

            foreach (var caller in batch.Where(c => !c.Task.IsCompleted))
            {
                caller.Refuse(failure ?? new InvalidOperationException("A batch's run left a caller without an answer."));
            }

            ended.SetResult();
            return await leader.Task;
        }
    }
}
