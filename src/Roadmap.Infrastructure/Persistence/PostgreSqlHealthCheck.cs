using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Roadmap.Infrastructure.Persistence;

/// <summary>
/// Health check « postgresql »: the server answers <c>SELECT 1</c> on a pooled connection, within the
/// registration's timeout (the « database » check only says the context can connect, at Npgsql's 15 s).
/// </summary>
internal sealed class PostgreSqlHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
