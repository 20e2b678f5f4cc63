using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Seeding;

public static class DatabaseSetup
{
    /// <summary>Migrates, creates the roles and, when asked (Development only), loads the demo roadmaps.</summary>
    public static async Task PrepareAsync(IServiceProvider services, bool seedDemo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
        if (seedDemo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }
}
