using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// SQLite: one writer at a time, so every write of this process (a transaction, or a SaveChanges
/// outside one) passes through the file's <see cref="SqliteWriteGate"/>; <see cref="SqliteWriteGuard"/>
/// refuses any other.
/// </summary>
public sealed class SqliteRoadmapDbContext(DbContextOptions<SqliteRoadmapDbContext> options) : RoadmapDbContext(options)
{
    private SqliteWriteGate? _gate;

    private SqliteWriteGate Gate => _gate ??= SqliteWriteGate.For(new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource);

    public override Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Database.CurrentTransaction is not null
            ? work(cancellationToken)
            : Gate.WriteAsync(() => base.InTransactionAsync(work, cancellationToken), cancellationToken);

    /// <summary>For the few writes made before the app serves requests (migrations).</summary>
    internal Task<T> UnderGateAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => Gate.WriteAsync(write, cancellationToken);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is not null || !ChangeTracker.HasChanges()
            ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : Gate.WriteAsync(() => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        Database.CurrentTransaction is not null || !ChangeTracker.HasChanges()
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : Gate.Write(() => base.SaveChanges(acceptAllChangesOnSuccess));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
