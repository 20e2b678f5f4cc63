using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.DataProtection;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Seeding;

public static class DatabaseSetup
{
    /// <summary>
    /// Migrates, creates the roles and the data-protection key ring (so no request writes a key inside its
    /// transaction): what every environment needs before the first request.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
        scope.ServiceProvider.GetRequiredService<KeyRingAhead>().Ensure();
    }
}
