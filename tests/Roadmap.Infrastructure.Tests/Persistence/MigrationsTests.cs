using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// Each provider keeps its own migrations; these checks need no server, so a model change that
/// someone forgot to migrate for one provider fails here rather than at a deployment.
/// </summary>
public sealed partial class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void ModelHasNoChangesMissingFromTheMigrations(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        Assert.False(context.Database.HasPendingModelChanges(), $"Le modèle a changé sans migration {provider} (scripts/add-migration.sh).");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void CreateScriptCreatesTheActionsTable(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        var script = context.Database.GenerateCreateScript();

        Assert.Matches(CreateActionsTable(), script);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void MigrationsScriptCreatesTheActionsTable(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Matches(CreateActionsTable(), script);
    }

    [Fact]
    public async Task SqliteMigrationsCreateTheTablesInAnEmptyFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"roadmap-migrations-{Guid.NewGuid():N}.db");
        try
        {
            await using (var context = CreateContext(DatabaseProvider.Sqlite, $"Data Source={file}"))
            {
                await context.Database.MigrateAsync();

                var tables = await context.Database
                    .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
                    .ToListAsync();
                Assert.Superset(
                    new HashSet<string> { "__EFMigrationsHistory", "Roadmaps", "Axes", "Actions", "Indicators", "IndicatorValues", "IndicatorValueCorrections", "ActionPilots", "ActionUpdates", "ActionBudgetYears", "Supports", "Comments", "AspNetUsers" },
                    tables.ToHashSet());
                Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    /// <summary>Options as the app builds them, with a connection string no test ever opens (SQLite excepted).</summary>
    private static RoadmapDbContext CreateContext(DatabaseProvider provider, string sqlite = "Data Source=:memory:") => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteRoadmapDbContext(
            new DbContextOptionsBuilder<SqliteRoadmapDbContext>().UseSqlite(sqlite).Options),
        DatabaseProvider.SqlServer => new SqlServerRoadmapDbContext(
            new DbContextOptionsBuilder<SqlServerRoadmapDbContext>().UseSqlServer("Server=localhost;Database=Roadmap;TrustServerCertificate=True").Options),
        DatabaseProvider.PostgreSql => new PostgreSqlRoadmapDbContext(
            new DbContextOptionsBuilder<PostgreSqlRoadmapDbContext>().UseNpgsql("Host=localhost;Database=roadmap").Options),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    [GeneratedRegex(@"CREATE TABLE\s+(\[|"")?Actions(\]|"")?\s*\(")]
    private static partial Regex CreateActionsTable();
}
