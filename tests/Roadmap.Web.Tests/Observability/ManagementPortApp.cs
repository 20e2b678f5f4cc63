using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Observability;

/// <summary>
/// The app with <c>Management:Port</c> set, on the test server: a scrape is a request whose connection
/// arrived on that port, as Kestrel would report it (<see cref="ScrapeAsync"/>).
/// </summary>
public sealed class ManagementPortApp() : HubAppFixture(new RoadmapWebFactory(settings: new Dictionary<string, string?> { ["Management:Port"] = Port.ToString() }))
{
    public const int Port = 9464;

    /// <summary>The Prometheus text once it names <paramref name="metric"/> (the exporter caches a scrape briefly); fails after 10 s.</summary>
    public async Task<string> ScrapeUntilAsync(string metric)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var (status, text) = await ScrapeAsync("/metrics");
            Assert.Equal(200, status);
            if (text.Contains(metric, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                Assert.Contains(metric, text, StringComparison.Ordinal);
                return text;
            }

            await Task.Delay(200);
        }
    }

    public async Task<(int Status, string Text)> ScrapeAsync(string path)
    {
        var context = await App.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
            c.Connection.LocalPort = Port;
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}
