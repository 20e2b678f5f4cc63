namespace Roadmap.Application.Common.Batching;

/// <summary>What a batch's run gives one of its callers: their result, or their own refusal (which refuses only them).</summary>
internal sealed record BatchOutcome<TResult>(TResult? Result, Exception? Refusal)
    where TResult : class
{
    public bool Succeeded => Refusal is null;

    /// <summary>Answers each caller with its outcome, in the batch's order.</summary>
    public static void AnswerAll<TItem>(IReadOnlyList<BatchCaller<TItem, TResult>> callers, IReadOnlyList<BatchOutcome<TResult>> outcomes)
    {
        for (var i = 0; i < callers.Count; i++)
        {
            if (outcomes[i].Refusal is { } refusal)
            {
                callers[i].Refuse(refusal);
            }
            else
            {
                callers[i].Answer(outcomes[i].Result!);
            }
        }
    }
}
