using Microsoft.Extensions.Diagnostics.HealthChecks;
using Roadmap.Web.Infrastructure.Redis;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Health check « redis »: the server of <c>SignalR:Redis</c> answers a PING on the node's shared connection
/// (<see cref="SharedRedis"/>); a server down fails fast, and the registration's timeout bounds the rest.
/// </summary>
internal sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = await redis.ConnectionAsync().WaitAsync(cancellationToken);
        await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
