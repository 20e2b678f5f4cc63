using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Npgsql;
using Roadmap.E2E.Tests.Support;
using Roadmap.Testing.Deployment;

namespace Roadmap.E2E.Tests.Deployment;

/// <summary>
/// Production as deploy/ describes it, on this machine: the published app (test.sh publishes it and sets
/// <c>ROADMAP_TEST_PUBLISHED</c>) run as two node processes on one fresh PostgreSQL database and Redis, behind nginx
/// running deploy/nginx/roadmap.conf with a self-signed certificate. Without the published app, PostgreSQL, Redis or
/// nginx, the journey is skipped and says which is missing.
/// </summary>
public sealed class TwoNodesBehindNginx : IAsyncLifetime
{
    private const string KeyPassword = "deux-noeuds";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly string? _published = Environment.GetEnvironmentVariable("ROADMAP_TEST_PUBLISHED");
    private readonly string? _postgres = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
    private readonly string? _redis = Environment.GetEnvironmentVariable("ROADMAP_TEST_REDIS");
    private readonly string _redisPrefix = $"roadmap-e2e-{Guid.NewGuid():N}";
    private readonly string _nginx = Environment.GetEnvironmentVariable("ROADMAP_TEST_NGINX") is { Length: > 0 } nginx ? nginx : "/usr/sbin/nginx";
    private readonly string _database = $"roadmap_deux_noeuds_{Guid.NewGuid():N}";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-deux-noeuds", Guid.NewGuid().ToString("N"));
    private readonly List<ServerProcess> _servers = [];
    private bool _created;

    public string? SkipReason =>
        string.IsNullOrWhiteSpace(_published) ? "ROADMAP_TEST_PUBLISHED non défini : parcours à deux nœuds derrière nginx ignoré (test.sh publie l'application)"
        : string.IsNullOrWhiteSpace(_postgres) ? "ROADMAP_TEST_POSTGRES non défini : parcours à deux nœuds derrière nginx ignoré (test.sh démarre PostgreSQL)"
        : string.IsNullOrWhiteSpace(_redis) ? "ROADMAP_TEST_REDIS non défini : parcours à deux nœuds derrière nginx ignoré (test.sh démarre Redis)"
        : !File.Exists(_nginx) ? $"nginx introuvable ({_nginx}) : parcours à deux nœuds derrière nginx ignoré (test.sh l'installe)"
        : null;

    /// <summary>The public site, through nginx.</summary>
    public Uri Site { get; private set; } = default!;

    /// <summary>nginx's plain-HTTP port, which only redirects.</summary>
    public Uri PlainSite { get; private set; } = default!;

    public Uri NodeA { get; private set; } = default!;

    public Uri NodeB { get; private set; } = default!;

    public SmokeData Data { get; private set; } = default!;

    /// <summary>The self-signed certificate nginx presents: the only one the journey's clients accept.</summary>
    public X509Certificate2 Certificate { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        var ports = LoopbackPorts.Free(4);
        Site = new Uri($"https://127.0.0.1:{ports[0]}");
        PlainSite = new Uri($"http://127.0.0.1:{ports[1]}");
        NodeA = new Uri($"http://127.0.0.1:{ports[2]}");
        NodeB = new Uri($"http://127.0.0.1:{ports[3]}");

        await ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");
        _created = true;
        var connectionString = new NpgsqlConnectionStringBuilder(_postgres) { Database = _database }.ConnectionString;
        var keys = KeyCertificate.Write(_folder, "Roadmap deux noeuds data protection", KeyPassword);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        // One after the other: the first node migrates, the second finds the schema and the key ring ready.
        foreach (var (name, node) in new[] { ("nœud A", NodeA), ("nœud B", NodeB) })
        {
            var server = ServerProcess.Start(name, NodeStart(node, connectionString, keys));
            _servers.Add(server);
            await server.WaitUntilAnsweringAsync(probe, new Uri(node, "/health"), StartTimeout);
        }

        Data = await SmokeData.SeedAsync(connectionString, _folder);
        var prefix = new NginxPrefix(Path.Combine(_folder, "nginx"));
        Certificate = prefix.WriteCertificate();
        var start = prefix.Prepare(_nginx, prefix.Site(ports[0], ports[1], ports[2], ports[3]), new NginxMain(WorkerProcesses: "1", WorkerConnections: 4096));
        var nginx = ServerProcess.Start("nginx", start, prefix.ErrorLog);
        _servers.Add(nginx);
        using var client = NewClient();
        await nginx.WaitUntilAnsweringAsync(client, new Uri(Site, "/health"), TimeSpan.FromSeconds(30));
    }

    /// <summary>A client of the public site that trusts nginx's certificate and nothing else.</summary>
    public HttpClient NewClient(CookieContainer? cookies = null, bool decompress = true) =>
        new(NewHandler(cookies, decompress)) { BaseAddress = Site, Timeout = TimeSpan.FromSeconds(30) };

    public SocketsHttpHandler NewHandler(CookieContainer? cookies = null, bool decompress = true) => new()
    {
        AllowAutoRedirect = false,
        CookieContainer = cookies ?? new CookieContainer(),
        UseCookies = true,
        AutomaticDecompression = decompress ? DecompressionMethods.All : DecompressionMethods.None,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, presented, _, _) => IsNginx(presented) },
    };

    public bool IsNginx(X509Certificate? presented) => presented is not null && presented.GetCertHashString() == Certificate.GetCertHashString();

    /// <summary>The page's HTML; a page that fails says what every server said.</summary>
    public async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} : {(int)response.StatusCode}{Environment.NewLine}{ServerOutput()}");
        return html;
    }

    /// <summary>What every server said, for a failed assertion's message.</summary>
    public string ServerOutput() => string.Join(Environment.NewLine, _servers.Select(s => $"--- {s.Name} ---{Environment.NewLine}{s.Output()}"));

    public async Task DisposeAsync()
    {
        foreach (var server in Enumerable.Reverse(_servers))
        {
            await server.DisposeAsync();
        }

        if (_created)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }

        Certificate?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the OS temp cleaner; it never affects another run.
        }
    }

    private ProcessStartInfo NodeStart(Uri node, string connectionString, string keys)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = _published!,
        };
        start.ArgumentList.Add(Path.Combine(_published!, "Roadmap.Web.dll"));
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = node.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Site__PublicUrl"] = Site.ToString(),
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Roadmap"] = connectionString,
            ["SignalR__Redis"] = _redis!,
            ["SignalR__RedisPrefix"] = _redisPrefix,
            ["DataProtection__CertificatePath"] = keys,
            ["DataProtection__CertificatePassword"] = KeyPassword,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
