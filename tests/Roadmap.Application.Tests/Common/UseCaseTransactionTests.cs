using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Infrastructure;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Application.Tests.Common;

/// <summary>Each use case's writes are one transaction, gated on SQLite; its live events wait for the commit.</summary>
public sealed class UseCaseTransactionTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;
    private ServiceProvider _provider = default!;
    private CommitWitness _live = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_host.DatabaseSettings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddApplication().AddInfrastructure(configuration, Path.GetTempPath());
        services.AddSingleton<ICurrentUser>(new TestCurrentUser());
        services.AddScoped<IRequestHandler<WriteThenMaybeFail, Unit>, WriteThenMaybeFailHandler>();
        services.AddScoped<IRequestHandler<WriteInOwnTransaction, Unit>, WriteInOwnTransactionHandler>();
        services.AddLiveNotifier(sp => _live = new CommitWitness(sp.GetRequiredService<IServiceScopeFactory>()));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task AUseCaseThatThrowsAfterWritingLeavesNothingWritten()
    {
        await Assert.ThrowsAsync<ConflictException>(() => SendAsync(new WriteThenMaybeFail("Saint-Calais", Fail: true)));

        Assert.False(await _host.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Saint-Calais")));
    }

    [Fact]
    public async Task LiveEventsOfARolledBackUseCaseAreNeverSent()
    {
        await Assert.ThrowsAsync<ConflictException>(() => SendAsync(new WriteThenMaybeFail("Saint-Calais", Fail: true)));

        Assert.True(_live.Seen.IsEmpty, "a live event went out for a use case whose writes were rolled back");
    }

    [Fact]
    public async Task LiveEventsGoOutOnceTheWritesAreCommitted()
    {
        await SendAsync(new WriteThenMaybeFail("Saint-Calais", Fail: false));

        Assert.Equal([(WriteThenMaybeFailHandler.Event, true)], _live.Seen);
    }

    [Fact]
    public async Task AHandlersOwnTransactionAlsoHoldsItsLiveEventsUntilTheCommit()
    {
        await SendAsync(new WriteInOwnTransaction("Saint-Calais", Fail: false));

        Assert.Equal([(WriteThenMaybeFailHandler.Event, true)], _live.Seen);
    }

    [Fact]
    public async Task AHandlersOwnTransactionRolledBackSendsNothing()
    {
        await Assert.ThrowsAsync<ConflictException>(() => SendAsync(new WriteInOwnTransaction("Saint-Calais", Fail: true)));

        Assert.True(_live.Seen.IsEmpty, "a live event went out for an own transaction that was rolled back");
        Assert.False(await _host.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Saint-Calais")));
    }

    [Fact]
    public async Task AWriteOutsideTheGateIsRefusedOnSqliteOnly()
    {
        Task<int> Write() => _host.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Saint-Calais").ExecuteDeleteAsync());

        if (ApplicationHost.OnPostgreSql)
        {
            // PostgreSQL orders concurrent writers itself: it has no gate to pass.
            Assert.Equal(0, await Write());
            return;
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(Write);
        Assert.Contains("write gate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWriteInsideATransactionPassesTheGate()
    {
        var deleted = await _host.WithDbAsync(db => db.InTransactionAsync(db.Organisations.ExecuteDeleteAsync, CancellationToken.None));

        Assert.Equal(0, deleted);
    }

    private async Task SendAsync<T>(IRequest<T> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
