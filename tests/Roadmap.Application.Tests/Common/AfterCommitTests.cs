using Roadmap.Application.Common.Transactions;

namespace Roadmap.Application.Tests.Common;

public sealed class AfterCommitTests
{
    [Fact]
    public async Task WhatIsAskedOnceIsSentOncePerCommitHoweverManyWritesAskForIt()
    {
        var afterCommit = new AfterCommit();
        var sent = 0;
        var key = new object();
        Task Send(CancellationToken _)
        {
            sent++;
            return Task.CompletedTask;
        }

        afterCommit.Hold();
        for (var i = 0; i < 5; i++)
        {
            await afterCommit.RunOnceAsync(key, Send, CancellationToken.None);
        }

        Assert.Equal(0, sent);
        await afterCommit.ReleaseAsync(CancellationToken.None);
        Assert.Equal(1, sent);

        afterCommit.Hold();
        await afterCommit.RunOnceAsync(key, Send, CancellationToken.None);
        await afterCommit.ReleaseAsync(CancellationToken.None);
        Assert.Equal(2, sent);
    }

    [Fact]
    public async Task ARolledBackAttemptForgetsWhatItAskedOnce()
    {
        var afterCommit = new AfterCommit();
        var sent = 0;
        var key = new object();
        Task Send(CancellationToken _)
        {
            sent++;
            return Task.CompletedTask;
        }

        afterCommit.Hold();
        await afterCommit.RunOnceAsync(key, Send, CancellationToken.None);
        afterCommit.Drop();
        afterCommit.Hold();
        await afterCommit.RunOnceAsync(key, Send, CancellationToken.None);
        await afterCommit.ReleaseAsync(CancellationToken.None);

        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task OutsideATransactionEachIsSentAtOnce()
    {
        var afterCommit = new AfterCommit();
        var sent = 0;
        var key = new object();

        await afterCommit.RunOnceAsync(key, _ => Task.FromResult(++sent), CancellationToken.None);
        await afterCommit.RunOnceAsync(key, _ => Task.FromResult(++sent), CancellationToken.None);

        Assert.Equal(2, sent);
    }
}
