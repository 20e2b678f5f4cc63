using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Application.Tests.Common;

/// <summary>
/// Contexts are leased from a pool (issue 14): one context serves scope after scope, and the public pages' eviction
/// its writes ask for waits for the commit of the scope holding it now, never an earlier holder's.
/// </summary>
public sealed class PooledContextTests() : ApplicationTest(sharedReads: true)
{
    private const int Scopes = 20;

    /// <summary>The contexts scopes one after the other were given, until one came back.</summary>
    private readonly HashSet<RoadmapDbContext> _served = new(ReferenceEqualityComparer.Instance);

    private bool _cameBack;

    protected override async Task ArrangeAsync()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        await Host.SaveAsync(builder.Owner, builder.Build());

        // Each scope reads through its context, then gives it back to the pool as it ends. The pool hands contexts out
        // in the order they came back: once one comes back, every context of the pool has been served.
        for (var i = 0; i < Scopes && !_cameBack; i++)
        {
            _cameBack = !_served.Add(await Host.WithDbAsync(async db =>
            {
                await db.Roadmaps.CountAsync();
                return db;
            }));
        }
    }

    [Fact]
    public void ScopesOneAfterTheOtherAreServedContextsBackFromThePool()
    {
        Assert.True(_cameBack, $"{Scopes} scopes one after the other got {_served.Count} different contexts.");
    }

    /// <summary>
    /// Most scopes ask for the context under both its names (the handlers' interface, the infrastructure's class): the
    /// scope ends by disposing it under each, and the pool must get it back only after the last, or a scope leasing in
    /// between would share it with the next (issue 14's benchmark met it now and then).
    /// </summary>
    [Fact]
    public async Task AContextAskedForUnderBothNamesGoesBackToThePoolWhenItsScopeEnds()
    {
        var ending = Host.CreateScope();
        var context = ending.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        Assert.Same(context, ending.ServiceProvider.GetRequiredService<IRoadmapDbContext>());

        // The scope's end disposes the context once per name; another scope may lease from the pool between the two.
        await context.DisposeAsync();
        var held = new List<AsyncServiceScope> { ending };
        try
        {
            var contexts = new HashSet<RoadmapDbContext>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < Scopes; i++)
            {
                var scope = Host.CreateScope();
                held.Add(scope);
                var leased = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
                Assert.NotSame(context, leased);
                Assert.True(contexts.Add(leased), $"Scope {i + 1} of those open together was given a context another open scope holds.");
            }
        }
        finally
        {
            foreach (var scope in held)
            {
                await scope.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task AWriteEvictsThePagesOnceTheTransactionOfItsOwnScopeCommits()
    {
        var generation = Host.Get<PublicDataGeneration>();
        var before = generation.Current;

        var during = await RenameInTransactionAsync(() => Task.FromResult(generation.Current));

        Assert.Equal(before, during);
        Assert.Equal(before + 1, generation.Current);
        Assert.Equal("Feuille de route renommée", await Host.WithDbAsync(db => db.Roadmaps.Select(r => r.Title).SingleAsync()));
    }

    [Fact]
    public async Task ARolledBackWriteEvictsNothing()
    {
        var generation = Host.Get<PublicDataGeneration>();
        var before = generation.Current;

        await Assert.ThrowsAsync<InvalidOperationException>(() => RenameInTransactionAsync<long>(() => throw new InvalidOperationException("refusé")));

        Assert.Equal(before, generation.Current);
        Assert.NotEqual("Feuille de route renommée", await Host.WithDbAsync(db => db.Roadmaps.Select(r => r.Title).SingleAsync()));
    }

    private Task<T> RenameInTransactionAsync<T>(Func<Task<T>> then) => Host.InOneScopeAsync(async scope =>
    {
        var db = scope.GetRequiredService<RoadmapDbContext>();
        Assert.Contains(db, _served);
        return await scope.GetRequiredService<AfterCommit>().InTransactionAsync(
            db,
            async token =>
            {
                await db.Roadmaps.ExecuteUpdateAsync(s => s.SetProperty(r => r.Title, "Feuille de route renommée"), token);
                return await then();
            },
            CancellationToken.None);
    });
}
