using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.Identity;
using Roadmap.Infrastructure.Markdown;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddRoadmapDatabase(configuration, contentRoot);
        services.AddRoadmapIdentity();
        services.AddDataProtection().SetApplicationName("Roadmap").PersistKeysToDbContext<RoadmapDbContext>();
        services.AddMarkdown();
        services.AddSeeding(configuration);
        services.AddHealthChecks().AddDbContextCheck<RoadmapDbContext>("database");
        return services;
    }
}
