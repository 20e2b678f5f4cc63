using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Observability;

/// <summary>The app on Kestrel with two listeners, the site's and the management one, as a node runs.</summary>
public sealed class ManagementListenerTests
{
    [Fact]
    public async Task OnlyTheManagementListenerAnswersMetricsWhateverTheHostHeader()
    {
        var port = FreePort();
        await using var factory = new RoadmapWebFactory(settings: new Dictionary<string, string?> { ["Management:Port"] = port.ToString() });
        factory.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.Listen(IPAddress.Loopback, port);
        });
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Select(a => new Uri(a)).ToList();
        var site = addresses.Single(a => a.Port != port);
        var management = addresses.Single(a => a.Port == port);
        using var client = new HttpClient();
        await client.GetAsync(site);

        var spoofed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(site, "/metrics")) { Headers = { Host = $"localhost:{port}" } });
        var scraped = await client.GetAsync(new Uri(management, "/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(site, "/metrics"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, spoofed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("http_server_request_duration", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
