namespace Roadmap.Infrastructure.Persistence;

/// <summary>Bound from the <c>Database</c> section; the connection string is <c>ConnectionStrings:Roadmap</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (on by default; turn off when a release step migrates).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
