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
                // Length rules only (ASVS 6.2.1, 6.2.5): WeakPasswordValidator refuses the guessable ones.
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 1;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddUserStore<RoadmapUserStore>()
            .AddEntityFrameworkStores<RoadmapDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddPasswordValidator<WeakPasswordValidator>()
            .AddClaimsPrincipalFactory<RoadmapClaimsPrincipalFactory>();
        return services;
    }
}
