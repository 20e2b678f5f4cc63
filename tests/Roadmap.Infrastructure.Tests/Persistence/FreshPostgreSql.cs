using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Tests.Mail;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// A fresh database on the PostgreSQL server test.sh starts (ROADMAP_TEST_POSTGRES), migrated through the app's own
/// registration, and one scope's context on it; the calling test is skipped when no server is set.
/// </summary>
internal sealed class FreshPostgreSql : IAsyncDisposable
{
    private readonly SharedDatabase _database;
    private readonly ServiceProvider _node;
    private readonly AsyncServiceScope _scope;

    private FreshPostgreSql(SharedDatabase database, ServiceProvider node)
    {
        _database = database;
        _node = node;
        _scope = node.CreateAsyncScope();
        Db = _scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
    }

    public RoadmapDbContext Db { get; }

    public static async Task<FreshPostgreSql> OpenAsync()
    {
        var server = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "ROADMAP_TEST_POSTGRES non défini : tests PostgreSQL ignorés (test.sh démarre un serveur)");
        var database = await SharedDatabase.PostgreSqlAsync(server);
        return new FreshPostgreSql(database, await database.NodeAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _node.DisposeAsync();
        await _database.DisposeAsync();
    }
}
