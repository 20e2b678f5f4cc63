using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Roadmap.Application;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Infrastructure.Tests.Mail;

/// <summary>One fresh database (a SQLite file or a PostgreSQL database) that several nodes open, each with its own service provider.</summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-outbox-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgresServer;
    private readonly string? _postgresName;
    private bool _prepared;

    private SharedDatabase(Func<string, Dictionary<string, string?>> settings, string? postgresServer = null, string? postgresName = null)
    {
        Directory.CreateDirectory(_folder);
        _settings = settings(_folder);
        _postgresServer = postgresServer;
        _postgresName = postgresName;
    }

    public static SharedDatabase Sqlite() =>
        new(folder => new() { ["ConnectionStrings:Roadmap"] = $"Data Source={Path.Combine(folder, "roadmap.db")}" });

    public static async Task<SharedDatabase> PostgreSqlAsync(string server)
    {
        var name = $"roadmap_outbox_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new SharedDatabase(
            _ => new()
            {
                ["Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
                ["ConnectionStrings:Roadmap"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
            },
            server,
            name);
    }

    /// <summary>A node: its own service provider on the database, migrated by the first node as the app does at start.</summary>
    public async Task<ServiceProvider> NodeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var node = new ServiceCollection().AddLogging().AddApplication().AddInfrastructure(configuration, _folder).BuildServiceProvider();
        if (!_prepared)
        {
            await DatabaseSetup.PrepareAsync(node);
            _prepared = true;
        }

        return node;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresServer is not null)
        {
            await ExecuteAsync(_postgresServer, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves litter in the temp folder; it must not fail the test.
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
