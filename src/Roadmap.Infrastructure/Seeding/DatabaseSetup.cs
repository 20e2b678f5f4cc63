using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Seeding;

public static class DatabaseSetup
{
    /// <summary>Migrates and creates the roles: what every environment needs before the first request.</summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
    }
}
