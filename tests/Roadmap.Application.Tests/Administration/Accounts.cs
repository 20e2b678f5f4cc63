using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Administration;

/// <summary>Accounts as registration makes them: normalised email, security stamp, password and roles.</summary>
internal static class Accounts
{
    public const string Password = "Mot-de-passe-2026";

    public static async Task<ApplicationUser> NewAccountAsync(this ApplicationHost host, string displayName, Guid? organisationId, params string[] roles)
    {
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            DisplayName = displayName,
            OrganisationId = organisationId,
            CreatedAt = RoadmapBuilder.Now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.UserName = user.Email = $"{user.Id:N}@test.roadmap.local";
        user.NormalizedUserName = user.NormalizedEmail = user.Email.ToUpperInvariant();
        user.PasswordHash = new PasswordHasher<ApplicationUser>().HashPassword(user, Password);
        await host.WithDbAsync(async db =>
        {
            db.Users.Add(user);
            foreach (var role in roles)
            {
                var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
                db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });
            }

            return await db.SaveChangesAsync();
        });
        return user;
    }

    public static Task<List<string>> RolesOfAsync(this ApplicationHost host, Guid userId) =>
        host.WithDbAsync(db => db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n).ToListAsync());

    public static void SignInAs(this ApplicationHost host, ApplicationUser user, params string[] roles) =>
        host.User.SignIn(user.Id, user.OrganisationId, roles);
}
