namespace Roadmap.Application.Common.Batching;

/// <summary>One caller of a batch (<see cref="CallerBatches{TKey, TItem, TResult}"/>): what it brought, and its answer.</summary>
internal sealed class BatchCaller<TItem, TResult>(TItem item)
{
    private readonly TaskCompletionSource<TResult> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TItem Item { get; } = item;

    /// <summary>The first caller of its batch, who runs it.</summary>
    internal bool Leads { get; set; }

    internal Task<TResult> Task => _answer.Task;

    public void Answer(TResult result) => _answer.TrySetResult(result);

    public void Refuse(Exception refusal) => _answer.TrySetException(refusal);
}
