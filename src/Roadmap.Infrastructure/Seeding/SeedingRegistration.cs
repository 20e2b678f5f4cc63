using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Infrastructure.Seeding;

internal static class SeedingRegistration
{
    public static IServiceCollection AddSeeding(this IServiceCollection services)
    {
        services.AddScoped<RoleSeeder>();
        services.AddScoped<AdminAccountCreator>();
        return services;
    }
}
