using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Roadmap.Web.Tests.Support;

/// <summary>
/// The real app on a fresh SQLite file, in Development so the demo roadmaps are seeded.
/// One factory per test class (xunit class fixture); the file is deleted afterwards.
/// </summary>
public sealed class RoadmapWebFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Tests-2026!";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Site:PublicUrl: every absolute link the app writes starts with it, whatever the request's Host.</summary>
    public const string PublicUrl = "https://roadmap.test";

    public string Environment { get; init; } = "Development";

    /// <summary>Keep the real rate limits (attack tests); otherwise they are lifted (<see cref="RaisedLimits"/>).</summary>
    public bool RealLimits { get; init; }

    /// <summary>The folder of the SQLite file, which the app also uses as its data folder (Development's mails).</summary>
    public string DataFolder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Roadmap", $"Data Source={Path.Combine(_folder, "roadmap.db")}");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("https_port", "443");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        if (!RealLimits)
        {
            builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(RaisedLimits.Settings));
        }

        builder.UseSetting("Site:PublicUrl", PublicUrl);
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
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the OS temp cleaner; it never affects another test.
            }
        }
    }
}
