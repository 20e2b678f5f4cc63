using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Roadmap.Application;
using Roadmap.Demo;
using ActionSupport = Roadmap.Application.Domain.Participation.Support;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// The PostgreSQL migrations and mappings against a real server (test.sh starts one and sets
/// ROADMAP_TEST_POSTGRES): a fresh database per run, migrated and seeded as the app does, then dropped.
/// </summary>
public sealed class PostgreSqlIntegrationTests(PostgreSqlIntegrationTests.SeededDatabase database)
    : IClassFixture<PostgreSqlIntegrationTests.SeededDatabase>
{
    private const string SartheSlug = "usages-numeriques-sarthe";

    [SkippableFact]
    public async Task FindsTheSartheRoadmapBySlugWithItsAccentsIntact()
    {
        await using var db = database.OpenContext();

        var roadmap = await db.Roadmaps.AsNoTracking().SingleAsync(r => r.Slug == SartheSlug);

        Assert.Equal("Feuille de route territoriale des usages numériques", roadmap.Title);
    }

    [SkippableFact]
    public async Task EveryAxisOfTheSartheRoadmapHasActions()
    {
        await using var db = database.OpenContext();
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == SartheSlug).Select(r => r.Id).SingleAsync();

        var axes = await db.Axes.Where(a => a.RoadmapId == roadmapId).Select(a => a.Id).ToListAsync();
        var actionsPerAxis = await db.Actions
            .Where(a => a.RoadmapId == roadmapId)
            .GroupBy(a => a.AxisId)
            .Select(g => new { AxisId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AxisId, g => g.Count);

        Assert.NotEmpty(axes);
        Assert.All(axes, axis => Assert.True(actionsPerAxis.GetValueOrDefault(axis) > 0, $"L'axe {axis} n'a aucune action."));
    }

    [SkippableFact]
    public async Task RejectsASecondSupportFromTheSameUserForTheSameAction()
    {
        await using var db = database.OpenContext();
        var roadmap = await db.Roadmaps.SingleAsync(r => r.Slug == SartheSlug);
        var actions = (await db.Actions.Where(a => a.RoadmapId == roadmap.Id).ToListAsync()).Where(a => a.IsOpenForSupport).ToDictionary(a => a.Id);
        var supports = await db.Supports.AsNoTracking().Where(s => s.UserId != null).ToListAsync();
        var existing = supports.First(s => actions.ContainsKey(s.ActionId));

        db.Supports.Add(ActionSupport.Give(roadmap, actions[existing.ActionId], existing.UserId!.Value, existing.Role, existing.OrganisationId, DateTimeOffset.UtcNow));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [SkippableFact]
    public async Task FindsARoadmapWhateverTheCaseOfAnAccentedSearch()
    {
        await using var db = database.OpenContext();

        var slugs = await db.Roadmaps.Where(r => EF.Functions.ILike(r.Title, "%TERRITORIALE DES USAGES NUMÉRIQUES%")).Select(r => r.Slug).ToListAsync();

        Assert.Equal(SartheSlug, Assert.Single(slugs));
    }

    /// <summary>Created once for the class: migrating and seeding the demo takes a few seconds.</summary>
    public sealed class SeededDatabase : IAsyncLifetime
    {
        private const string SkipReason = "ROADMAP_TEST_POSTGRES non défini : tests PostgreSQL ignorés (test.sh démarre un serveur)";

        private readonly string _name = $"roadmap_test_{Guid.NewGuid():N}";
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-pg-tests", Guid.NewGuid().ToString("N"));
        private readonly string? _server = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
        private string? _connectionString;

        public RoadmapDbContext OpenContext()
        {
            Skip.If(string.IsNullOrWhiteSpace(_server), SkipReason);
            return new PostgreSqlRoadmapDbContext(new DbContextOptionsBuilder<PostgreSqlRoadmapDbContext>()
                .UseNpgsql(_connectionString ?? throw new InvalidOperationException("La base PostgreSQL n'a pas été créée."))
                .Options);
        }

        public async Task InitializeAsync()
        {
            if (string.IsNullOrWhiteSpace(_server))
            {
                return;
            }

            await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
            _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
                ["ConnectionStrings:Roadmap"] = _connectionString,
                ["Demo:Password"] = "Demo-PostgreSql-2026!",
            }).Build();
            Directory.CreateDirectory(_folder);
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddApplication()
                .AddInfrastructure(configuration, _folder)
                .BuildServiceProvider();

            await DatabaseSetup.PrepareAsync(services);
            await DemoSeeder.SeedAsync(configuration, _folder, TimeProvider.System.GetUtcNow(), services.GetRequiredService<ILoggerFactory>());
        }

        public async Task DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            if (_connectionString is not null)
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
            }

            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        private async Task ExecuteOnServerAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
