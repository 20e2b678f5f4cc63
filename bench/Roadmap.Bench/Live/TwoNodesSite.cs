using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Roadmap.Bench.Live;

/// <summary>
/// Production's shape on 127.0.0.1: two nodes of the real app (two hosts in this process, Kestrel on free ports) on
/// one PostgreSQL database, with the Redis backplane carrying group messages between them, behind nginx running
/// deploy/nginx/roadmap.conf over TLS with a throwaway certificate. Both nodes map the floor hub and count their
/// WebSocket connections; node A is the one the host reads the database and broadcasts the floor through.
/// </summary>
internal sealed class TwoNodesSite : IAsyncDisposable
{
    private readonly List<BenchApp> _nodes = [];
    private NginxProcess? _nginx;

    private TwoNodesSite(Uri address, string thumbprint)
    {
        Address = address;
        Thumbprint = thumbprint;
    }

    /// <summary>nginx's https address, the public site.</summary>
    public Uri Address { get; }

    /// <summary>nginx's certificate: the only one this program and the client accept.</summary>
    public string Thumbprint { get; }

    public BenchApp NodeA => _nodes[0];

    public IReadOnlyList<BenchApp> Nodes => _nodes;

    public IReadOnlyList<NodeConnections> Connections { get; } = [new("A"), new("B")];

    public static async Task<TwoNodesSite> StartAsync(TwoNodesOptions options, BenchDatabase database, string folder, CancellationToken cancellationToken)
    {
        var prefix = Path.Combine(folder, "nginx");
        Directory.CreateDirectory(prefix);
        var (certificate, key) = (Path.Combine(prefix, "site.crt"), Path.Combine(prefix, "site.key"));
        var ports = FreePorts(2);
        var site = new TwoNodesSite(new Uri($"https://127.0.0.1:{ports[0]}"), BenchCertificate.WriteTls(certificate, key));
        try
        {
            // One after the other: the first host finds the schema the seeder migrated, the second the key ring ready.
            foreach (var counter in site.Connections)
            {
                site._nodes.Add(await BenchApp.StartAsync(OwnPool(database, counter.Name), cancellationToken, builder =>
                {
                    builder.UseSetting("SignalR:Redis", options.Redis);
                    builder.UseSetting("Site:PublicUrl", site.Address.ToString());
                    builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(counter).AddSingleton<IStartupFilter, FloorHubStartupFilter>());
                }));
            }

            var nginxSite = new NginxSite(ports[0], ports[1], site._nodes[0].BaseAddress.Port, site._nodes[1].BaseAddress.Port, certificate, key, Path.Combine(prefix, "cache"));
            site._nginx = NginxProcess.Start(options.Nginx, prefix, nginxSite, options.Live.Participants);
            using var client = site.NewClient();
            await site._nginx.WaitUntilAnsweringAsync(client, new Uri(site.Address, "/health"), cancellationToken);
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    /// <summary>The facilitator signs in through nginx, as any client of the site.</summary>
    public async Task<string> SignInAsync(LiveData data, CancellationToken cancellationToken)
    {
        using var http = NewClient();
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = data.FacilitatorEmail, password = data.FacilitatorPassword }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<LoginAnswer>(cancellationToken);
        return answer?.AccessToken ?? throw new InvalidOperationException("Pas de jeton d'accès pour l'animation.");
    }

    public async ValueTask DisposeAsync()
    {
        _nginx?.Dispose();
        foreach (var node in Enumerable.Reverse(_nodes))
        {
            await node.DisposeAsync();
        }
    }

    private HttpClient NewClient() => new(new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, presented, _, _) => string.Equals(presented?.GetCertHashString(), Thumbprint, StringComparison.OrdinalIgnoreCase),
        },
    })
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>
    /// Npgsql pools connections per connection string in the process: two nodes in one process would share one pool,
    /// where two node processes have one each. A node's own application name gives it its own pool.
    /// </summary>
    private static BenchDatabase OwnPool(BenchDatabase database, string node) => database with
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = $"roadmap-banc-noeud-{node}" }.ConnectionString,
    };

    /// <summary>nginx's ports must be known before the nodes start (their public address): ask the OS for free ones, all at once.</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    private sealed record LoginAnswer(string AccessToken);
}
