using System.Globalization;
using System.Numerics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// The RandomOrderKey migration gives the actions that already exist their id read as a 128-bit number modulo 2^31 − 1,
/// the same on each provider: its script runs here on a bare Actions table (PostgreSQL when ROADMAP_TEST_POSTGRES is set).
/// </summary>
public sealed class RandomOrderKeyMigrationTests
{
    private static readonly Guid[] Ids =
    [
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Guid.Parse("ffffffff-ffff-4fff-bfff-ffffffffffff"),
        Guid.Parse("00000000-0000-4000-8000-000000000000"),
        Guid.NewGuid(),
    ];

    [Fact]
    public async Task SqliteGivesExistingActionsTheirIdModuloThePrime()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var context = new SqliteRoadmapDbContext(new DbContextOptionsBuilder<SqliteRoadmapDbContext>().UseSqlite(connection).Options);
        var inserts = string.Concat(Ids.Select(id => $"INSERT INTO \"Actions\" VALUES ('{id.ToString().ToUpperInvariant()}');"));

        var keys = await MigrateAsync(connection, Setup("TEXT") + inserts, Script(context));

        Assert.Equal(Ids.ToDictionary(id => id, Expected), keys.ToDictionary(k => Guid.Parse(k.Id), k => k.Key));
    }

    [SkippableFact]
    public async Task PostgreSqlGivesExistingActionsTheirIdModuloThePrime()
    {
        var server = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "ROADMAP_TEST_POSTGRES non défini : test PostgreSQL ignoré (test.sh démarre un serveur)");
        var name = $"roadmap_shuffle_{Guid.NewGuid():N}";
        await using var dataSource = NpgsqlDataSource.Create(server);
        await dataSource.CreateCommand($"CREATE DATABASE \"{name}\"").ExecuteNonQueryAsync();
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
            await connection.OpenAsync();
            await using var context = new PostgreSqlRoadmapDbContext(new DbContextOptionsBuilder<PostgreSqlRoadmapDbContext>().UseNpgsql(connection).Options);
            var inserts = string.Concat(Ids.Select(id => $"INSERT INTO \"Actions\" VALUES ('{id}');"));

            var keys = await MigrateAsync(connection, Setup("uuid") + inserts, Script(context));

            Assert.Equal(Ids.ToDictionary(id => id, Expected), keys.ToDictionary(k => Guid.Parse(k.Id), k => k.Key));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await dataSource.CreateCommand($"DROP DATABASE \"{name}\" WITH (FORCE)").ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public void SqlServerFillsTheKeyInOneStatement()
    {
        using var context = new SqlServerRoadmapDbContext(
            new DbContextOptionsBuilder<SqlServerRoadmapDbContext>().UseSqlServer("Server=localhost;Database=Roadmap;TrustServerCertificate=True").Options);

        Assert.Contains("UPDATE [Actions] SET [ShuffleKey] = (CAST(CHARINDEX(SUBSTRING(REPLACE(CONVERT(char(36), [Id]), '-', ''), 32, 1)", Script(context), StringComparison.Ordinal);
    }

    private static string Setup(string idType) => $"""
        CREATE TABLE "__EFMigrationsHistory" ("MigrationId" varchar(150) PRIMARY KEY, "ProductVersion" varchar(32) NOT NULL);
        CREATE TABLE "Actions" ("Id" {idType} PRIMARY KEY);
        """;

    private static int Expected(Guid id) => (int)(BigInteger.Parse("0" + id.ToString("N"), NumberStyles.HexNumber) % int.MaxValue);

    private static string Script(RoadmapDbContext context) => context.GetService<IMigrator>().GenerateScript("FullTextSearch", "RandomOrderKey");

    private static async Task<List<(string Id, int Key)>> MigrateAsync(System.Data.Common.DbConnection connection, string setup, string script)
    {
        foreach (var sql in new[] { setup, script })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT \"Id\", \"ShuffleKey\" FROM \"Actions\"";
        await using var reader = await select.ExecuteReaderAsync();
        var keys = new List<(string, int)>();
        while (await reader.ReadAsync())
        {
            keys.Add((reader.GetValue(0).ToString()!, reader.GetInt32(1)));
        }

        return keys;
    }
}
