using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Roadmap.Infrastructure.Tests.Persistence;

/// <summary>
/// The « postgresql » health check, registered with Database:Provider=PostgreSql. The reachable case
/// needs ROADMAP_TEST_POSTGRES (test.sh starts a server) and is skipped without it.
/// </summary>
public sealed class PostgreSqlHealthCheckTests
{
    [Fact]
    public async Task ReportsAnUnreachableServerUnhealthyWithinSeconds()
    {
        await using var services = Services("Host=127.0.0.1;Port=1;Username=postgres;Database=postgres");
        var clock = Stopwatch.StartNew();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "postgresql");

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["postgresql"].Status);
    }

    [SkippableFact]
    public async Task ReportsAReachableServerHealthy()
    {
        var server = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "ROADMAP_TEST_POSTGRES non défini : test de santé PostgreSQL ignoré (test.sh démarre un serveur)");
        await using var services = Services(server);

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "postgresql");

        Assert.Equal(HealthStatus.Healthy, report.Entries["postgresql"].Status);
    }

    private static ServiceProvider Services(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Roadmap"] = connectionString,
        }).Build();
        return new ServiceCollection().AddLogging().AddInfrastructure(configuration, Path.GetTempPath()).BuildServiceProvider();
    }
}
