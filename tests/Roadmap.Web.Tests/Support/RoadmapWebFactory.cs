using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Roadmap.Web.Tests.Support;

/// <summary>
/// The real app on a SQLite file, in Development so the demo roadmaps are seeded, with the rate
/// limits lifted (unless <see cref="RealLimits"/>). The file is fresh unless the test passes the
/// folder of a previous instance (a restart); it is deleted afterwards unless <see cref="KeepDatabase"/>.
/// Every web, hub and browser fixture starts from this one.
/// </summary>
public sealed class RoadmapWebFactory(string? folder = null, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Tests-2026!";

    /// <summary>Site:PublicUrl: every absolute link the app writes starts with it, whatever the request's Host.</summary>
    public const string PublicUrl = "https://roadmap.test";

    public string Environment { get; init; } = "Development";

    /// <summary>Keep the real rate limits (attack tests); otherwise they are lifted (<see cref="RaisedLimits"/>).</summary>
    public bool RealLimits { get; init; }

    /// <summary>Keep the database file when disposed (the first instance of a restart test).</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>The folder of the SQLite file, which the app also uses as its data folder (Development's mails).</summary>
    public string DataFolder { get; } = folder ?? NewFolder();

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "roadmap-web-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataFolder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Roadmap", $"Data Source={Path.Combine(DataFolder, "roadmap.db")}");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("https_port", "443");
        builder.UseSetting("Site:PublicUrl", PublicUrl);

        // Also as host settings: registrations that read configuration while services are added (Mail:*) see only these.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

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
        if (Environment != "Development")
        {
            // What Production refuses to start without (besides Site:PublicUrl): the key certificate.
            builder.UseSetting("DataProtection:CertificatePath", TestCertificate.Path);
            builder.UseSetting("DataProtection:CertificatePassword", TestCertificate.Password);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDatabase)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the OS temp cleaner; it never affects another test.
            }
        }
    }
}
