using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.Admin.AdvanceDuePhases;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Infrastructure;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Application.Tests.Roadmaps.Admin;

/// <summary>
/// Two app instances on one database, each sweeping for due phase changes at the same time, as two
/// web nodes do: the roadmap advances once, with one journal entry and one notification per follower.
/// On SQLite always; on PostgreSQL when ROADMAP_TEST_POSTGRES names a server (test.sh starts one).
/// </summary>
public sealed class TwoNodesPhaseAdvanceTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-two-nodes", Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _nodes = [];
    private bool _postgres;

    [SkippableTheory]
    [InlineData("SQLite")]
    [InlineData("PostgreSQL")]
    public async Task TwoNodesSweepingTogetherAdvanceTheRoadmapOnce(string provider)
    {
        var server = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
        _postgres = provider == "PostgreSQL";
        Skip.If(_postgres && string.IsNullOrWhiteSpace(server), "ROADMAP_TEST_POSTGRES non défini : test PostgreSQL ignoré (test.sh démarre un serveur)");
        Directory.CreateDirectory(_folder);
        var settings = _postgres
            ? new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:Roadmap"] = $"{server};Database=two_nodes_{Guid.NewGuid():N}",
            }
            : new Dictionary<string, string?> { ["ConnectionStrings:Roadmap"] = $"Data Source={Path.Combine(_folder, "roadmap.db")}" };
        var first = StartNode(settings);
        var second = StartNode(settings);
        await DatabaseSetup.PrepareAsync(first);

        var today = DateOnly.FromDateTime(FrenchFormat.ToParis(DateTimeOffset.UtcNow));
        var (roadmapId, followers) = await WithDbAsync(first, async db =>
        {
            var owner = Organisation.Create("Communauté de communes du Val de Sarthe", OrganisationKind.Epci);
            var roadmap = TerritorialRoadmap.Open(owner, "Numérique responsable", "numerique-responsable", "", "", DateTimeOffset.UtcNow);
            roadmap.AdvanceTo(RoadmapPhase.Concertation);
            roadmap.SchedulePhases([
                new PhaseSchedule(RoadmapPhase.Concertation, today.AddDays(-30), today.AddDays(-2)),
                new PhaseSchedule(RoadmapPhase.Ateliers, today.AddDays(-1), null),
            ]);
            roadmap.SetAutomaticAdvance(true);
            var people = Enumerable.Range(1, 3).Select(i => NewUser($"Abonné·e {i}")).ToList();
            db.AddRange(owner, roadmap);
            db.AddRange(people);
            db.AddRange(people.Select(p => Follow.Start(p.Id, FollowTarget.Roadmap, roadmap.Id, DateTimeOffset.UtcNow)));
            await db.SaveChangesAsync();
            return (roadmap.Id, people.Select(p => p.Id).ToList());
        });

        var sweeps = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SweepAsync(i % 2 == 0 ? first : second)));

        Assert.Equal(1, sweeps.Sum());
        await WithDbAsync(second, async db =>
        {
            Assert.Equal(RoadmapPhase.Ateliers, (await db.Roadmaps.AsNoTracking().SingleAsync(r => r.Id == roadmapId)).CurrentPhase);
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.RoadmapId == roadmapId && e.Action == "roadmap.advanced"));
            foreach (var follower in followers)
            {
                Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == follower && n.Kind == NotificationKind.PhaseChanged));
            }

            return 0;
        });
    }

    private ServiceProvider StartNode(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddApplication().AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _folder);
        services.AddSingleton<ICurrentUser>(new TestCurrentUser());
        services.AddLiveNotifier(_ => new RecordingLiveNotifier());
        var node = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _nodes.Add(node);
        return node;
    }

    private static async Task<int> SweepAsync(IServiceProvider node)
    {
        await using var scope = node.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AdvanceDuePhases());
    }

    private static async Task<T> WithDbAsync<T>(IServiceProvider node, Func<RoadmapDbContext, Task<T>> work)
    {
        await using var scope = node.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    private static ApplicationUser NewUser(string displayName)
    {
        var user = new ApplicationUser { Id = Guid.NewGuid(), DisplayName = displayName, CreatedAt = DateTimeOffset.UtcNow };
        user.UserName = user.Email = $"{user.Id:N}@test.roadmap.local";
        return user;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres && _nodes.Count > 0)
        {
            await WithDbAsync(_nodes[0], async db => await db.Database.EnsureDeletedAsync());
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
