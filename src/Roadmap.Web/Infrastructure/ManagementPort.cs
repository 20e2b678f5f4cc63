using OpenTelemetry.Metrics;
using Roadmap.Application.Common.Metrics;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// The management port (<c>Management:Port</c>, docs/decisions/035-metrics-and-health.md). Set: the metrics
/// are collected (HTTP server, .NET runtime, meter « Roadmap ») and requests that reached the node on that
/// port get <c>/metrics</c> in Prometheus text, anything else 404; on every other port <c>/metrics</c> is
/// an unknown page. Unset: no metrics at all. The operator lists the port in <c>ASPNETCORE_URLS</c>.
/// </summary>
internal static class ManagementPort
{
    public const string Key = "Management:Port";

    public static IServiceCollection AddManagementPort(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<int?>(Key) is not { } port)
        {
            return services;
        }

        if (port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"Le réglage {Key} doit être un port entre 1 et 65535 (valeur lue : {port}). / {Key} must be a port between 1 and 65535.");
        }

        services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(RoadmapMetrics.MeterName)
            .AddInstrumentation(sp => sp.GetRequiredService<RoadmapMetrics>())
            .AddPrometheusExporter());

        // The first startup filter, so the outermost branch: ahead of host filtering (a scraper names the node,
        // not Site:PublicUrl), HTTPS redirection, logging and the rate limits, none of which concern it.
        services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter>(new ManagementBranch(port)));
        return services;
    }

    /// <summary>
    /// Keyed on the port the connection arrived on, never on the Host header: nginx passes the client's Host
    /// on, so <c>RequireHost("*:port")</c> would serve the metrics to anyone writing that port in it.
    /// </summary>
    private sealed class ManagementBranch(int port) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(context => context.Connection.LocalPort == port, management =>
            {
                management.UseOpenTelemetryPrometheusScrapingEndpoint();
                management.Run(context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                });
            });
            next(app);
        };
    }
}
