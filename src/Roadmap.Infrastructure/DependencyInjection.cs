using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Territories;
using Roadmap.Infrastructure.Calendar;
using Roadmap.Infrastructure.DataProtection;
using Roadmap.Infrastructure.Documents;
using Roadmap.Infrastructure.Identity;
using Roadmap.Infrastructure.Mail;
using Roadmap.Infrastructure.Markdown;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;
using Roadmap.Infrastructure.Territories;

namespace Roadmap.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The web app's registration: outside Development, keys are encrypted and no mail is written to disk.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddInfrastructure(configuration, environment.ContentRootPath);
        if (!environment.IsDevelopment())
        {
            services.ProtectKeysWithConfiguredCertificate(configuration);
        }

        services.AddMail(configuration, environment);
        return services;
    }

    /// <summary>The part every host shares, test and benchmark hosts included (plain keys, no mail).</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddRoadmapDatabase(configuration, contentRoot);
        services.AddRoadmapIdentity();
        services.AddRoadmapDataProtection();
        services.AddMarkdown();
        services.AddDocuments();
        services.AddSingleton<IWorkshopCalendar, IcalWorkshopCalendar>();
        services.AddOutbox();
        services.AddSeeding();
        services.AddSingleton<ITerritoryData>(_ => new TerritoryFile(TerritoryFile.DefaultPath));
        services.AddHealthChecks().AddDbContextCheck<RoadmapDbContext>("database", customTestQuery: DatabaseProbe.AnswersAsync);
        services.Configure<HealthCheckServiceOptions>(o => o.Registrations.Single(r => r.Name == "database").Timeout = TimeSpan.FromSeconds(3));
        return services;
    }
}
