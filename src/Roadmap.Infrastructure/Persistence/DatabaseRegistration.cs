using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;
using Roadmap.Infrastructure.Persistence.Search;

namespace Roadmap.Infrastructure.Persistence;

internal static class DatabaseRegistration
{
    public static IServiceCollection AddRoadmapDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = configuration.GetConnectionString("Roadmap");

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddPooledDbContextFactory<SqliteRoadmapDbContext>((sp, o) =>
                    o.UseSqlite(SqliteConnectionString(connectionString, contentRoot), s => s.MigrationsAssembly(typeof(RoadmapDbContext).Assembly.FullName))
                        .AddInterceptors(SqliteWriteGuard.Instance, SqliteSynchronousNormal.Instance)
                        .AddInterceptors(PublicWrites.For(sp)));
                services.AddScoped<RoadmapDbContext>(Lease<SqliteRoadmapDbContext>);
                services.AddScoped<IActionTextSearch, SqliteActionTextSearch>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddPooledDbContextFactory<SqlServerRoadmapDbContext>((sp, o) =>
                    o.UseSqlServer(Required(connectionString, options.Provider), s => s.EnableRetryOnFailure())
                        .AddInterceptors(PublicWrites.For(sp)));
                services.AddScoped<RoadmapDbContext>(Lease<SqlServerRoadmapDbContext>);
                services.AddScoped<IActionTextSearch, SqlServerActionTextSearch>();
                break;
            case DatabaseProvider.PostgreSql:
                var postgreSql = PostgreSqlConnectionString(Required(connectionString, options.Provider));
                services.AddPooledDbContextFactory<PostgreSqlRoadmapDbContext>((sp, o) =>
                    o.UseNpgsql(postgreSql)
                        .AddInterceptors(PublicWrites.For(sp)));
                services.AddScoped<RoadmapDbContext>(Lease<PostgreSqlRoadmapDbContext>);
                services.AddHealthChecks().AddCheck("postgresql", new PostgreSqlHealthCheck(postgreSql), timeout: TimeSpan.FromSeconds(3));
                services.AddScoped<IActionTextSearch, PostgreSqlActionTextSearch>();
                break;
            default:
                throw new InvalidOperationException($"Database:Provider « {options.Provider} » is not supported.");
        }

        services.AddScoped<IRoadmapDbContext>(sp => sp.GetRequiredService<RoadmapDbContext>().HeldOnceMore());
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>
    /// A scope's context, leased from the provider's pool (issue 14): built afresh per scope, with its options and EF's
    /// own services, the context cost a signed-in action page about a twentieth of its CPU. The scope gives it back
    /// when it ends; EF clears what it tracked, and the lease sets the one thing of the app's the context holds.
    /// </summary>
    private static RoadmapDbContext Lease<TContext>(IServiceProvider scope)
        where TContext : RoadmapDbContext
    {
        var context = scope.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        context.LeaseTo(scope.GetService<AfterCommit>());
        return context;
    }

    /// <summary>Default: a file in the app's data folder, created on first run.</summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "roadmap.db"), Cache = SqliteCacheMode.Default }.ToString();
    }

    /// <summary>
    /// The operator's PostgreSQL connection string with two settings it leaves out (issue 14, decision 047): statements
    /// prepared on each connection once used five times (<c>Max Auto Prepare</c>: planning the viewer's statement cost
    /// the server 0.95 ms per signed-in request, more than five times its 0.17 ms of execution), and
    /// no reset statements sent each time a pooled connection is reused (<c>No Reset On Close</c>: a request takes a
    /// connection for each of its queries, and the app keeps no session state — no <c>SET</c>, <c>LISTEN</c>, temporary
    /// table nor session advisory lock — for a reset to clear). Either, written in the string, is kept as written.
    /// </summary>
    internal static string PostgreSqlConnectionString(string configured)
    {
        var written = new DbConnectionStringBuilder { ConnectionString = configured };
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!Written(written, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!Written(written, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static bool Written(DbConnectionStringBuilder written, string keyword) =>
        written.ContainsKey(keyword) || written.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>The app's data folder: the SQLite file's folder (App_Data by default), else App_Data.</summary>
    internal static string DataFolder(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(SqliteConnectionString(configuration.GetConnectionString("Roadmap"), contentRoot)).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
            {
                return folder;
            }
        }

        return Path.Combine(contentRoot, "App_Data");
    }

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"ConnectionStrings:Roadmap is required for Database:Provider={provider}.")
            : connectionString;
}
