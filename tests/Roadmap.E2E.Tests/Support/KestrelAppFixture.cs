using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// The real app on Kestrel (127.0.0.1, random port) so a real browser can reach it, in Development
/// so the demo roadmaps are seeded, on a fresh SQLite file deleted afterwards.
/// </summary>
public sealed class KestrelAppFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo-E2E-2026!";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-e2e", Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _root = new();

    public Uri BaseAddress { get; private set; } = default!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Roadmap", $"Data Source={Path.Combine(_folder, "roadmap.db")}");
            builder.UseSetting("Demo:Password", DemoPassword);
            builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",

                // Every journey signs in and posts from 127.0.0.1: the per-address limits are not what they test.
                ["RateLimits:LoginsPerMinute"] = "100000",
                ["RateLimits:FormPostsPerMinute"] = "100000",
                ["RateLimits:WrongJoinCodesPerMinute"] = "100000",

                // Serve the static files as built, precompressed (gzip) like a published app, rather than Development's
                // watch of wwwroot, which re-sends an edited file gzip-wrapped but uncompressed: page weights stay true.
                ["ReloadStaticAssetsAtRuntime"] = "false",
            }));
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();

        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // Disposing the root factory also stops the derived one that runs Kestrel.
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
}
