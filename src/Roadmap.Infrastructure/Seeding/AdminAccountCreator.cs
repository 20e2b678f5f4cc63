using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Seeding;

/// <summary>Creates (or promotes) the first administrator; used by the <c>create-admin</c> command.</summary>
public sealed class AdminAccountCreator(UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                Id = Guid.NewGuid(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Administrateur·rice",
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created.Errors.Select(e => e.Description).ToList();
            }
        }

        if (!await users.IsInRoleAsync(user, RoleNames.Administrator))
        {
            var added = await users.AddToRoleAsync(user, RoleNames.Administrator);
            if (!added.Succeeded)
            {
                return added.Errors.Select(e => e.Description).ToList();
            }
        }

        return [];
    }
}
