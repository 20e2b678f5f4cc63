using Roadmap.Application.Common.Transactions;

namespace Roadmap.Application.Tests.Common;

public sealed class AfterCommitTests
{
    private readonly AfterCommit _afterCommit = new();
    private readonly object _key = new();
    private int _sent;

    [Fact]
    public async Task WhatIsAskedOnceIsSentOncePerCommitHoweverManyWritesAskForIt()
    {
        _afterCommit.Hold();
        for (var i = 0; i < 5; i++)
        {
            await AskOnceAsync();
        }

        Assert.Equal(0, _sent);
        await _afterCommit.ReleaseAsync(CancellationToken.None);
        Assert.Equal(1, _sent);

        _afterCommit.Hold();
        await AskOnceAsync();
        await _afterCommit.ReleaseAsync(CancellationToken.None);
        Assert.Equal(2, _sent);
    }

    [Fact]
    public async Task ARolledBackAttemptForgetsWhatItAskedOnce()
    {
        _afterCommit.Hold();
        await AskOnceAsync();
        _afterCommit.Drop();
        _afterCommit.Hold();
        await AskOnceAsync();
        await _afterCommit.ReleaseAsync(CancellationToken.None);

        Assert.Equal(1, _sent);
    }

    [Fact]
    public async Task OutsideATransactionEachIsSentAtOnce()
    {
        await AskOnceAsync();
        await AskOnceAsync();

        Assert.Equal(2, _sent);
    }

    /// <summary>Asks for one send under the test's key; the send counts itself.</summary>
    private Task AskOnceAsync() => _afterCommit.RunOnceAsync(_key, _ => Task.FromResult(++_sent), CancellationToken.None);
}
