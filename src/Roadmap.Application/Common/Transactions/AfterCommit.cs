using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Common.Transactions;

/// <summary>
/// What a use case sends out once its writes are committed (live events): held while its
/// transaction is open, sent after the commit, dropped on a rollback. Outside a use case's
/// transaction, sent at once. One per scope (one request).
/// </summary>
public sealed class AfterCommit
{
    private List<Func<CancellationToken, Task>>? _held;
    private HashSet<object>? _heldOnce;

    /// <summary>True while a use case's transaction is open in this scope.</summary>
    internal bool Holding => _held is not null;

    public Task RunAsync(Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        if (_held is null)
        {
            return send(cancellationToken);
        }

        _held.Add(send);
        return Task.CompletedTask;
    }

    /// <summary>
    /// As <see cref="RunAsync"/>, but held once per transaction whatever the number of calls with the same
    /// <paramref name="key"/>: what only needs doing once after a commit, however many writes asked for it.
    /// </summary>
    public Task RunOnceAsync(object key, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        if (_held is not null && !(_heldOnce ??= []).Add(key))
        {
            return Task.CompletedTask;
        }

        return RunAsync(send, cancellationToken);
    }

    public void Run(Action signal)
    {
        if (_held is null)
        {
            signal();
            return;
        }

        _held.Add(_ =>
        {
            signal();
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction of <paramref name="db"/> and holds what it sends until the
    /// commit: the use case's transaction (TransactionBehaviour) and those a handler opens itself
    /// (<see cref="OwnTransactionAttribute"/>). Inside a transaction already held, <paramref name="work"/> joins it.
    /// </summary>
    internal async Task<T> InTransactionAsync<T>(IRoadmapDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Holding)
        {
            return await work(cancellationToken);
        }

        try
        {
            var result = await db.InTransactionAsync(
                token =>
                {
                    Hold();
                    return work(token);
                },
                cancellationToken);
            await ReleaseAsync(cancellationToken);
            return result;
        }
        finally
        {
            Drop();
        }
    }

    /// <summary>Starts holding, forgetting what an earlier attempt of the same transaction held.</summary>
    internal void Hold()
    {
        _held = [];
        _heldOnce = null;
    }

    internal async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        var held = _held ?? [];
        _held = null;
        _heldOnce = null;
        foreach (var send in held)
        {
            await send(cancellationToken);
        }
    }

    internal void Drop()
    {
        _held = null;
        _heldOnce = null;
    }
}
