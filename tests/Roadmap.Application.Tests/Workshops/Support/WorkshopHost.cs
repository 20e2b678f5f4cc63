using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Infrastructure;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Application.Tests.Workshops.Support;

/// <summary>
/// Like <see cref="ApplicationHost"/> (the full pipeline on a fresh SQLite file) plus what live
/// workshops need: a clock the test moves and a notifier that records what the room would receive.
/// Setting ROADMAP_WORKSHOP_TESTS_POSTGRES to a server's connection string runs the same tests on a
/// fresh PostgreSQL database each (a manual check of the queries on the other provider).
/// </summary>
internal sealed class WorkshopHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-workshop-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _provider;

    private WorkshopHost()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Postgres is { Length: > 0 } server
            ? new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:Roadmap"] = $"{server};Database=workshops_{Guid.NewGuid():N}",
            }
            : new Dictionary<string, string?> { ["ConnectionStrings:Roadmap"] = $"Data Source={Path.Combine(_folder, "roadmap.db")}" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddApplication().AddInfrastructure(configuration, _folder);
        services.AddSingleton<ICurrentUser>(User);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddLiveNotifier(_ => Live);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static string? Postgres => Environment.GetEnvironmentVariable("ROADMAP_WORKSHOP_TESTS_POSTGRES");

    public TestCurrentUser User { get; } = new();

    public ManualClock Clock { get; } = new(RoadmapBuilder.Now);

    public RecordingLiveNotifier Live { get; } = new();

    public static async Task<WorkshopHost> StartAsync()
    {
        var host = new WorkshopHost();
        await DatabaseSetup.PrepareAsync(host._provider);
        return host;
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<T> WithDbAsync<T>(Func<RoadmapDbContext, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    public Task SaveAsync(params object[] entities) => WithDbAsync(async db =>
    {
        db.AddRange(entities);
        return await db.SaveChangesAsync();
    });

    public async ValueTask DisposeAsync()
    {
        if (Postgres is { Length: > 0 })
        {
            await WithDbAsync(async db => await db.Database.EnsureDeletedAsync());
        }

        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
