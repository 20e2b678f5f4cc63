using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// A fresh instance as an operator deploys it: Production, an empty SQLite file, no demo, the
/// settings Production requires (<c>Site:PublicUrl</c>, <c>DataProtection:CertificatePath</c>),
/// the first administrator made by the real <c>create-admin</c> command, then the app on Kestrel
/// (127.0.0.1, a free port) with its default limits. Plain http needs no setting: HSTS is never sent to
/// a loopback host, HTTPS redirection finds no HTTPS port and lets the request through, and cookies are
/// Secure only on HTTPS requests (behind the operator's TLS proxy, X-Forwarded-Proto makes them so).
/// </summary>
public sealed class ProductionAppFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@sarthe.example.fr";

    private const string CertificatePassword = "journey-keys";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-e2e-prod", Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _root = new();

    public string AdminPassword { get; } = $"Sarthe-{Guid.NewGuid():N}";

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>What <c>create-admin</c> printed on its standard output.</summary>
    public string CreateAdminOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Roadmap"] = $"Data Source={Path.Combine(_folder, "roadmap.db")}",
            ["Site:PublicUrl"] = BaseAddress.ToString(),
            ["DataProtection:CertificatePath"] = KeyCertificate.Write(_folder, "Roadmap E2E data protection", CertificatePassword),
            ["DataProtection:CertificatePassword"] = CertificatePassword,
            // The journeys register through the page and sign in at once; no mail server reads the confirmation here.
            ["Account:RequireConfirmedEmail"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
        };

        CreateAdminOutput = await CreateAdminCommand.RunAsync(settings, AdminEmail, AdminPassword);

        var factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");

            // A published app serves its static assets (fingerprinted, precompressed) from wwwroot; this is a
            // build, whose assets are still spread over the projects and obj/: the runtime manifest finds them,
            // as `dotnet run` does in Development (ASP.NET Core docs: static files outside Development).
            builder.UseStaticWebAssets();
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, BaseAddress.Port));
        factory.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _root.DisposeAsync();

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the OS temp cleaner; it never affects another run.
        }
    }

    /// <summary>Site:PublicUrl must name the port before the app starts: ask the OS for a free one.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
