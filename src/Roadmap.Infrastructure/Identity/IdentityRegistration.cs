using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Identity;

internal static class IdentityRegistration
{
    public static IServiceCollection AddRoadmapIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<RoadmapDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<RoadmapClaimsPrincipalFactory>();
        return services;
    }
}
