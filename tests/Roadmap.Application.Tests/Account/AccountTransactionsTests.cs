using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Account;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Account;

/// <summary>The account commands' own transactions wake the outbox worker once their mails are committed, never before.</summary>
public sealed class AccountTransactionsTests : ApplicationTest
{
    private static readonly MailRecipient To = new("dominique@exemple.fr", "Dominique", null);
    private static readonly MailContent Content = new("Objet", "<p>Texte</p>", "Texte");

    private readonly CountingSignal _signal = new();

    [Fact]
    public async Task ARolledBackWriteWakesNoWorker()
    {
        await Assert.ThrowsAsync<ConflictException>(() => WriteAsync(_ => throw new ConflictException("Refusé.")));

        Assert.False(await Host.WithDbAsync(db => db.OutboxMails.AnyAsync()));
        Assert.Equal(0, _signal.Count);
    }

    [Fact]
    public async Task ACommittedWriteWakesTheWorkerOnce()
    {
        await WriteAsync(_ => Task.CompletedTask);

        Assert.Equal(1, _signal.Count);
    }

    private Task<int> WriteAsync(Func<CancellationToken, Task> after) => Host.WithDbAsync(async db =>
    {
        var afterCommit = new AfterCommit();
        var outbox = new Outbox(db, TimeProvider.System, afterCommit, _signal);
        await AccountTransactions.WriteAsync(db, afterCommit, token =>
        {
            outbox.Add(To, MailKind.PasswordReset, Content);
            return after(token);
        }, CancellationToken.None);
        return 0;
    });

    private sealed class CountingSignal : IOutboxSignal
    {
        public int Count { get; private set; }

        public void MailWritten() => Count++;
    }
}
