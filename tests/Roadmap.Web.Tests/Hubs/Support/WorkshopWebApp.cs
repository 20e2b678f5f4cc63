using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>
/// The real app for hub tests: like <see cref="RoadmapWebFactory"/> (Development, demo data), but on a
/// SQLite file the test may choose, so a second instance can start on the same file (a restart),
/// and with the rate limits lifted (unless <see cref="RealLimits"/>) since each test signs several people in.
/// </summary>
public sealed class WorkshopWebApp(string? folder = null, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public string Folder { get; } = folder ?? NewFolder();

    /// <summary>Keep the database file when disposed (the first instance of a restart test).</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>Keep the real rate limits (attack tests); otherwise they are lifted (<see cref="RaisedLimits"/>).</summary>
    public bool RealLimits { get; init; }

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "roadmap-hub-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Roadmap", $"Data Source={Path.Combine(Folder, "roadmap.db")}");
        builder.UseSetting("Demo:Password", RoadmapWebFactory.DemoPassword);
        builder.UseSetting("https_port", "443");
        builder.ConfigureAppConfiguration(c =>
        {
            c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
            });
            if (!RealLimits)
            {
                c.AddInMemoryCollection(RaisedLimits.Settings);
            }

            if (settings is not null)
            {
                c.AddInMemoryCollection(settings);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the OS temp cleaner.
            }
        }
    }
}
