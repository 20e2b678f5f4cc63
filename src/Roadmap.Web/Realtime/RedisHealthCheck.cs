using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Health check « redis »: the backplane's server answers a PING. One connection per node, opened at the
/// first check and kept (it reconnects by itself); a server down fails fast, and the registration's
/// timeout bounds the rest.
/// </summary>
internal sealed class RedisHealthCheck(string configuration) : IHealthCheck, IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => Connect(configuration));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = await _connection.Value.WaitAsync(cancellationToken);
        await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    private static Task<ConnectionMultiplexer> Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);

        // A server down at the first check must not leave the node without a connection for good.
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.ConnectAsync(options);
    }
}
