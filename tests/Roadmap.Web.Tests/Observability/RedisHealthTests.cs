using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Observability;

/// <summary>
/// The « redis » check of /health, present when <c>SignalR:Redis</c> is set. The reachable case needs
/// ROADMAP_TEST_REDIS (test.sh starts a server) and is skipped without it.
/// </summary>
public sealed class RedisHealthTests
{
    [Fact]
    public async Task ReportsAnUnreachableRedisDegradedWithinSecondsAndKeepsServing()
    {
        await using var factory = new RoadmapWebFactory(settings: new Dictionary<string, string?> { ["SignalR:Redis"] = "127.0.0.1:1" });
        using var client = factory.CreateClient();
        var clock = Stopwatch.StartNew();

        var response = await client.GetAsync("/health");

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(6));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await CheckAsync(response, "redis"));
        Assert.Equal("Healthy", await CheckAsync(await client.GetAsync("/health"), "database"));

        // The public page cache lives in that Redis: pages are rendered without it, not held.
        clock.Restart();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/mentions-legales")).StatusCode);
        }

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(6));
    }

    [SkippableFact]
    public async Task ReportsAReachableRedisHealthy()
    {
        var redis = Environment.GetEnvironmentVariable("ROADMAP_TEST_REDIS");
        Skip.If(string.IsNullOrWhiteSpace(redis), "ROADMAP_TEST_REDIS non défini : test de santé Redis ignoré (test.sh démarre Redis)");
        await using var factory = new RoadmapWebFactory(settings: new Dictionary<string, string?> { ["SignalR:Redis"] = redis });

        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal("Healthy", await CheckAsync(response, "redis"));
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response, string name)
    {
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return health.RootElement.GetProperty("checks").GetProperty(name).GetString();
    }
}
