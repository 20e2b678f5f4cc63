using System.Net.Http.Json;
using System.Net.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Roadmap.Testing.Deployment;

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
    private ServerProcess? _nginx;

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
        var prefix = new NginxPrefix(Path.Combine(folder, "nginx"));
        var ports = LoopbackPorts.Free(2);
        using var certificate = prefix.WriteCertificate();
        var site = new TwoNodesSite(new Uri($"https://127.0.0.1:{ports[0]}"), certificate.Thumbprint);
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

            var nginxSite = prefix.Site(ports[0], ports[1], site._nodes[0].BaseAddress.Port, site._nodes[1].BaseAddress.Port);
            site._nginx = ServerProcess.Start("nginx", prefix.Prepare(options.Nginx, nginxSite, MainConfiguration(options.Live.Participants)), prefix.ErrorLog);
            using var client = site.NewClient();
            await site._nginx.WaitUntilAnsweringAsync(client, new Uri(site.Address, "/health"), TimeSpan.FromSeconds(30), cancellationToken);
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
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

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

    /// <summary>Two sockets per participant (theirs and the one to the node), with the floor's closed before the workshop's open.</summary>
    private static NginxMain MainConfiguration(int participants)
    {
        var connections = (participants * 2) + 1024;
        return new NginxMain(WorkerProcesses: "auto", WorkerConnections: connections, OpenFiles: connections * 2);
    }

    private sealed record LoginAnswer(string AccessToken);
}
