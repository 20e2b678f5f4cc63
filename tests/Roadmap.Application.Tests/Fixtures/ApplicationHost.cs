using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>
/// Application + Infrastructure on a fresh SQLite file: handlers run exactly as in the app,
/// through the mediator and its pipeline. One host per test (xunit creates a class per test).
/// </summary>
internal sealed class ApplicationHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-app-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _provider;

    private ApplicationHost()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Roadmap"] = $"Data Source={Path.Combine(_folder, "roadmap.db")}",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddApplication().AddInfrastructure(configuration, _folder);
        services.AddSingleton(User);
        services.AddSingleton<ICurrentUser>(User);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public TestCurrentUser User { get; } = new();

    public static async Task<ApplicationHost> StartAsync()
    {
        var host = new ApplicationHost();
        await DatabaseSetup.PrepareAsync(host._provider);
        return host;
    }

    /// <summary>Sends a request in its own scope, as one HTTP request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs <paramref name="work"/> against the database directly (arrange and assert).</summary>
    public async Task<T> WithDbAsync<T>(Func<RoadmapDbContext, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    public async Task SaveAsync(params object[] entities)
    {
        await WithDbAsync(async db =>
        {
            db.AddRange(entities);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Creates an account (no password) and returns its id.</summary>
    public async Task<Guid> NewUserAsync(string displayName = "Participant·e", Guid? organisationId = null)
    {
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            DisplayName = displayName,
            OrganisationId = organisationId,
            CreatedAt = RoadmapBuilder.Now,
        };
        user.UserName = user.Email = $"{user.Id:N}@test.roadmap.local";
        await SaveAsync(user);
        return user.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
