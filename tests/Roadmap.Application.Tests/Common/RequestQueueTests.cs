using Roadmap.Application.Common.Behaviours;

namespace Roadmap.Application.Tests.Common;

/// <summary>The requests of one scope share one DbContext: they must never overlap, and one sent from inside another must not wait for it.</summary>
public sealed class RequestQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ASecondRequestStartsOnlyWhenTheFirstHasFinished()
    {
        using var queue = new RequestQueue();
        var firstRelease = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = queue.RunAsync(async () =>
        {
            firstStarted.SetResult();
            return await firstRelease.Task;
        }, CancellationToken.None);
        await firstStarted.Task.WaitAsync(Patience);
        var second = queue.RunAsync(() =>
        {
            secondStarted.SetResult();
            return Task.FromResult(2);
        }, CancellationToken.None);

        await Task.Delay(100);
        Assert.False(secondStarted.Task.IsCompleted);

        firstRelease.SetResult(1);
        Assert.Equal(1, await first.WaitAsync(Patience));
        Assert.Equal(2, await second.WaitAsync(Patience));
    }

    [Fact]
    public async Task ARequestSentFromInsideAnotherRunsAtOnce()
    {
        using var queue = new RequestQueue();

        var outer = queue.RunAsync(async () => await queue.RunAsync(() => Task.FromResult(41), CancellationToken.None) + 1, CancellationToken.None);

        Assert.Equal(42, await outer.WaitAsync(Patience));
    }

    [Fact]
    public async Task AFailedRequestLetsTheNextOneRun()
    {
        using var queue = new RequestQueue();

        await Assert.ThrowsAsync<InvalidOperationException>(() => queue.RunAsync<int>(() => throw new InvalidOperationException("échec"), CancellationToken.None));

        Assert.Equal(3, await queue.RunAsync(() => Task.FromResult(3), CancellationToken.None).WaitAsync(Patience));
    }

    [Fact]
    public async Task AWaitingRequestCanBeCancelled()
    {
        using var queue = new RequestQueue();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = queue.RunAsync(() => release.Task, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = queue.RunAsync(() => Task.FromResult(0), cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
        release.SetResult(1);
        Assert.Equal(1, await first.WaitAsync(Patience));
    }
}
