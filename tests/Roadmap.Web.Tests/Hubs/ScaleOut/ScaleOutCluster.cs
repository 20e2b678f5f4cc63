using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Roadmap.Web.Hubs;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs.ScaleOut;

/// <summary>
/// Two instances of the app, as two web nodes behind a load balancer: one fresh PostgreSQL database
/// (created for the run, dropped after) and the Redis backplane (<c>SignalR:Redis</c>) with a prefix of
/// their own (channels and keys). test.sh starts both servers and sets ROADMAP_TEST_POSTGRES and ROADMAP_TEST_REDIS;
/// without them the tests are skipped, saying which variable is missing.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    private readonly string? _postgres = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
    private readonly string? _redis = Environment.GetEnvironmentVariable("ROADMAP_TEST_REDIS");
    private readonly string _database = $"roadmap_scaleout_{Guid.NewGuid():N}";
    private readonly string _redisPrefix = $"roadmap-test-{Guid.NewGuid():N}";
    private readonly List<RoadmapWebFactory> _roots = [];
    private bool _created;

    /// <summary>Null when both servers are configured, else the reason to skip, in French like the others.</summary>
    public string? Missing =>
        string.IsNullOrWhiteSpace(_postgres) ? "ROADMAP_TEST_POSTGRES non défini : test de montée en charge à deux nœuds ignoré (test.sh démarre PostgreSQL)"
        : string.IsNullOrWhiteSpace(_redis) ? "ROADMAP_TEST_REDIS non défini : test de montée en charge à deux nœuds ignoré (test.sh démarre Redis)"
        : null;

    public WebApplicationFactory<Program> NodeA { get; private set; } = default!;

    public WebApplicationFactory<Program> NodeB { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (Missing is not null)
        {
            return;
        }

        await ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");
        _created = true;
        // One after the other: the first node migrates and seeds the demo data, the second finds it done.
        NodeA = Start();
        NodeB = Start();
    }

    public async Task DisposeAsync()
    {
        foreach (var root in _roots)
        {
            await root.DisposeAsync();
        }

        if (_created)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }
    }

    /// <summary>The hub's lifetime manager of a node: the Redis one when the backplane is on.</summary>
    public static Type LifetimeManagerOf(WebApplicationFactory<Program> node) =>
        node.Services.GetRequiredService<HubLifetimeManager<WorkshopHub>>().GetType();

    private WebApplicationFactory<Program> Start()
    {
        var root = new RoadmapWebFactory();
        _roots.Add(root);
        // UseSetting, not in-memory configuration: Program reads the provider and SignalR:Redis while it registers services.
        var node = root.WithWebHostBuilder(b => b
            .UseSetting("Database:Provider", "PostgreSql")
            .UseSetting("ConnectionStrings:Roadmap", new NpgsqlConnectionStringBuilder(_postgres) { Database = _database }.ConnectionString)
            .UseSetting("SignalR:Redis", _redis)
            .UseSetting("SignalR:RedisPrefix", _redisPrefix));
        _ = node.Server; // starts the node now
        return node;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
