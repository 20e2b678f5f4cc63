using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Mail;
using Roadmap.Infrastructure.Mail;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Tests.Support;
using Roadmap.Tests.Mail;

namespace Roadmap.Infrastructure.Tests.Mail;

/// <summary>The outbox against a real SMTP server that goes down and comes back, on a clock the test moves.</summary>
public sealed class OutboxRetryTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private TestSmtpServer _downServer = default!;

    public async Task InitializeAsync()
    {
        await _database.PrepareAsync(seedDemo: false);

        // Started then stopped: its port is free and refuses connections, as a mail server that is down.
        _downServer = TestSmtpServer.Start();
        await _downServer.DisposeAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private int Port => _downServer.Port;

    [Fact]
    public async Task WhileTheServerIsDownTheMailWaitsThenLeavesExactlyOnceWhenItIsBack()
    {
        var mail = OutboxNode.Mail(_clock.Now);
        await OutboxNode.SaveAsync(_database.Services, mail);
        var dispatcher = OutboxNode.Dispatcher(_database.Services, Port, _clock);

        Assert.Equal(1, await dispatcher.DispatchAsync(CancellationToken.None));

        var waiting = await OutboxNode.ReadAsync(_database.Services, mail.Id);
        Assert.Equal(1, waiting.Attempts);
        Assert.NotNull(waiting.LastError);
        Assert.Equal(_clock.Now + TimeSpan.FromMinutes(1), waiting.NextAttemptAt);
        Assert.True(waiting.IsPending);
        Assert.Null(waiting.ClaimedBy);
        Assert.Equal(0, await dispatcher.DispatchAsync(CancellationToken.None));

        await using var server = TestSmtpServer.Start(Port, after: _downServer);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await OutboxNode.DrainAsync(dispatcher);
        _clock.Advance(TimeSpan.FromHours(1));
        await OutboxNode.DrainAsync(dispatcher);

        var received = Assert.Single(server.Messages);
        Assert.Equal($"{mail.Id:N}@exemple.fr", received.MessageId);
        var sent = await OutboxNode.ReadAsync(_database.Services, mail.Id);
        Assert.Equal(_clock.Now - TimeSpan.FromHours(1), sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task TheWaitGrowsAfterEachFailureThenTheMailIsGivenUpAndARetryBringsItBack()
    {
        var mail = OutboxNode.Mail(_clock.Now);
        await OutboxNode.SaveAsync(_database.Services, mail);
        var dispatcher = OutboxNode.Dispatcher(_database.Services, Port, _clock);
        int[] minutes = [1, 4, 16, 64, 240, 240, 240];

        foreach (var (wait, attempt) in minutes.Select((m, i) => (TimeSpan.FromMinutes(m), i + 1)))
        {
            Assert.Equal(1, await dispatcher.DispatchAsync(CancellationToken.None));
            var waiting = await OutboxNode.ReadAsync(_database.Services, mail.Id);
            Assert.Equal(attempt, waiting.Attempts);
            Assert.Equal(_clock.Now + wait, waiting.NextAttemptAt);
            _clock.Advance(wait);
        }

        Assert.Equal(1, await dispatcher.DispatchAsync(CancellationToken.None));
        var failed = await OutboxNode.ReadAsync(_database.Services, mail.Id);
        Assert.Equal(OutboxMail.MaxAttempts, failed.Attempts);
        Assert.Equal(_clock.Now, failed.FailedAt);
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await dispatcher.DispatchAsync(CancellationToken.None));

        await RetryAsync(mail.Id);
        await using var server = TestSmtpServer.Start(Port, after: _downServer);
        await OutboxNode.DrainAsync(dispatcher);

        Assert.Single(server.Messages);
        Assert.NotNull((await OutboxNode.ReadAsync(_database.Services, mail.Id)).SentAt);
    }

    [Fact]
    public async Task AClaimHeldByADeadNodeExpiresThenAnotherNodeSendsTheMail()
    {
        var mail = OutboxNode.Mail(_clock.Now);
        await OutboxNode.SaveAsync(_database.Services, mail);
        await using var server = TestSmtpServer.Start();
        var options = OutboxNode.Options(server.Port);
        var dying = new OutboxDispatcher(_database.Services.GetRequiredService<IServiceScopeFactory>(), new DyingTransport(), new OutboxSignal(),
            options, _clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxDispatcher>.Instance);
        var other = OutboxNode.Dispatcher(_database.Services, server.Port, _clock);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.DispatchAsync(CancellationToken.None));
        Assert.NotNull((await OutboxNode.ReadAsync(_database.Services, mail.Id)).ClaimedBy);
        Assert.Equal(0, await other.DispatchAsync(CancellationToken.None));
        _clock.Advance(OutboxDispatcher.ClaimTime - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await other.DispatchAsync(CancellationToken.None));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await other.DispatchAsync(CancellationToken.None));

        Assert.Single(server.Messages);
        Assert.NotNull((await OutboxNode.ReadAsync(_database.Services, mail.Id)).SentAt);
    }

    private async Task RetryAsync(Guid id)
    {
        await using var scope = _database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        (await db.OutboxMails.SingleAsync(m => m.Id == id)).Retry(_clock.Now);
        await db.SaveChangesAsync();
    }

    /// <summary>A node stopped between its claim and its send (its host shutting down): the claim stays behind.</summary>
    private sealed class DyingTransport : IMailTransport
    {
        public Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken) => throw new OperationCanceledException("Le nœud s'arrête.");
    }
}
