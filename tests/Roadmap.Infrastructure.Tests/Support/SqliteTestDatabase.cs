using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roadmap.Application;
using Roadmap.Demo;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Infrastructure.Tests.Support;

/// <summary>
/// The real Infrastructure wired as the app wires it, on a fresh SQLite file in a temporary
/// folder that is deleted on dispose.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    public const string DefaultDemoPassword = "mot-de-passe-de-demo-42";

    private readonly string _folder;
    private readonly IConfiguration _configuration;

    public SqliteTestDatabase(string demoPassword = DefaultDemoPassword)
    {
        _folder = Path.Combine(Path.GetTempPath(), "roadmap-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Roadmap"] = $"Data Source={Path.Combine(_folder, "roadmap.db")}",
                ["Demo:Password"] = demoPassword,
            })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication();
        services.AddInfrastructure(_configuration, _folder);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public ServiceProvider Services { get; }

    /// <summary>Migrates, creates the roles and, when asked, seeds the demo: what the app does at start (the demo in Development).</summary>
    public async Task PrepareAsync(bool seedDemo)
    {
        await DatabaseSetup.PrepareAsync(Services);
        if (seedDemo)
        {
            await DemoSeeder.SeedAsync(_configuration, _folder, TimeProvider.System.GetUtcNow(), Services.GetRequiredService<ILoggerFactory>());
        }
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async Task<T> QueryAsync<T>(Func<RoadmapDbContext, Task<T>> query)
    {
        await using var scope = CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves litter in the temp folder; it must not fail the test.
        }
    }
}
