using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Seeding;

/// <summary>Makes sure the five roles exist, in every environment.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole<Guid>> roles)
{
    public async Task SeedAsync()
    {
        foreach (var name in RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.NewGuid() });
            }
        }
    }
}
