using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Infrastructure.Seeding;

internal static class SeedingRegistration
{
    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RoleSeeder>();
        services.AddScoped<AdminAccountCreator>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton(configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions());
        return services;
    }
}
