using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Bench;

/// <summary>
/// The real Roadmap.Web (its Program, pipeline and configuration) on Kestrel at 127.0.0.1 on a free
/// port, in Production, on the seeded database. Request logging is lowered to warnings: writing a console
/// line per request would measure the console, not the app.
/// </summary>
internal sealed class BenchApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();
    private WebApplicationFactory<Program> _app = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public IServiceProvider Services => _app.Services;

    /// <param name="configure">What a mode adds to the host (the live mode maps its floor hub).</param>
    public static Task<BenchApp> StartAsync(BenchDatabase database, CancellationToken cancellationToken, Action<IWebHostBuilder>? configure = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bench = new BenchApp();
        bench._app = bench._root.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in database.Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Site:PublicUrl", "http://127.0.0.1");
            builder.UseSetting("DataProtection:CertificatePath", BenchCertificate.Path);
            builder.UseSetting("DataProtection:CertificatePassword", BenchCertificate.Password);
            builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy"] = "Error",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
                ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",

                // The app runs from its build output, whose static-assets manifest makes ASP.NET Core check each file on disk
                // for changes (hot reload) before serving it; a published app, as production runs, does not.
                ["ReloadStaticAssetsAtRuntime"] = "false",

                // One client process plays a whole room from 127.0.0.1: the per-address limits are not what is measured.
                ["RateLimits:HubConnectionsPerAddress"] = "100000",
                ["RateLimits:GuestJoinsPerMinute"] = "100000",
            }));
            configure?.Invoke(builder);
        });
        bench._app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        bench._app.StartServer();
        var address = bench._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        bench.BaseAddress = new Uri(address);
        return Task.FromResult(bench);
    }

    /// <summary>One pooled client for all workers, with as many connections as workers.</summary>
    public HttpClient CreateLoadClient(int clients) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = clients, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public async ValueTask DisposeAsync()
    {
        // Disposing the root factory also stops the derived one that runs Kestrel.
        await _root.DisposeAsync();
    }
}
