using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;
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
                services.AddDbContext<RoadmapDbContext, SqliteRoadmapDbContext>((sp, o) =>
                    o.UseSqlite(SqliteConnectionString(connectionString, contentRoot), s => s.MigrationsAssembly(typeof(RoadmapDbContext).Assembly.FullName))
                        .AddInterceptors(SqliteWriteGuard.Instance, SqliteSynchronousNormal.Instance)
                        .AddInterceptors(PublicWrites.For(sp)));
                services.AddScoped<IActionTextSearch, SqliteActionTextSearch>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<RoadmapDbContext, SqlServerRoadmapDbContext>((sp, o) =>
                    o.UseSqlServer(Required(connectionString, options.Provider), s => s.EnableRetryOnFailure())
                        .AddInterceptors(PublicWrites.For(sp)));
                services.AddScoped<IActionTextSearch, SqlServerActionTextSearch>();
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<RoadmapDbContext, PostgreSqlRoadmapDbContext>((sp, o) =>
                    o.UseNpgsql(Required(connectionString, options.Provider))
                        .AddInterceptors(PublicWrites.For(sp)));
                services.AddHealthChecks().AddCheck("postgresql", new PostgreSqlHealthCheck(connectionString!), timeout: TimeSpan.FromSeconds(3));
                services.AddScoped<IActionTextSearch, PostgreSqlActionTextSearch>();
                break;
            default:
                throw new InvalidOperationException($"Database:Provider « {options.Provider} » is not supported.");
        }

        services.AddScoped<IRoadmapDbContext>(sp => sp.GetRequiredService<RoadmapDbContext>());
        services.AddScoped<DatabaseInitializer>();
        return services;
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
