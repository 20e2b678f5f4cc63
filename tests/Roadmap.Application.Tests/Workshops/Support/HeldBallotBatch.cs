using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Workshops.CastBallot;

namespace Roadmap.Application.Tests.Workshops.Support;

/// <summary>
/// Holds a poll's ballot batch open: a first batch that waits for the test, so the votes sent meanwhile are, by
/// construction, the next batch (<see cref="BallotBatches"/>).
/// </summary>
internal static class HeldBallotBatch
{
    /// <returns>What lets the held batch end (it refuses its placeholder voter, and nobody else).</returns>
    public static Func<Task> Hold(ApplicationHost host, Guid workshopId, Guid pollId)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = host.Get<BallotBatches>().CastAsync(new BallotDraft(workshopId, pollId, "tenu", new BallotInput(null, null, null)), async batch =>
        {
            await gate.Task;
            batch[0].Refuse(new OperationCanceledException("lot tenu par le test"));
        });
        return async () =>
        {
            gate.SetResult();
            await Assert.ThrowsAsync<OperationCanceledException>(() => held);
        };
    }
}
