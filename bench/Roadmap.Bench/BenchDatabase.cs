using Microsoft.Data.Sqlite;
using Npgsql;

namespace Roadmap.Bench;

/// <summary>
/// The database a run measures: a SQLite file (the embedded default) or a fresh PostgreSQL database created on the
/// server given by <c>--connection</c> and dropped at the end, so both providers start from the same seeded data.
/// </summary>
internal sealed record BenchDatabase(string Provider, string ConnectionString)
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public bool IsSqlite => Provider == Sqlite;

    public static BenchDatabase SqliteFile(string file) => new(Sqlite, $"Data Source={file}");

    /// <summary>The settings the seeder and the app read, as the app's configuration names them.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Roadmap"] = ConnectionString,
    };

    public static async Task<BenchDatabase> CreatePostgreSqlAsync(string server, CancellationToken cancellationToken)
    {
        var name = $"roadmap_banc_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
        return new BenchDatabase(PostgreSql, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>Drops a PostgreSQL database this run created; a SQLite file goes with the run's folder.</summary>
    public async Task DropAsync(string server)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
    }

    /// <summary>Lets go of pooled connections, so the file or the database can be deleted.</summary>
    public void ClearPools()
    {
        if (IsSqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
