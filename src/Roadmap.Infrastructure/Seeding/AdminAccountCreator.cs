using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Seeding;

/// <summary>
/// Creates an administrator; used by the <c>create-admin</c> command. An address that already has an
/// account is refused unless <c>promote</c> is asked for: whoever registered it first must not become
/// administrator by accident. Promoting sets the typed password and rotates the security stamp, so
/// the sessions opened with the old password end.
/// </summary>
public sealed class AdminAccountCreator(UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<AdminAccountResult> CreateAsync(string email, string password, bool promote)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is null)
        {
            return await CreateNewAsync(email, password);
        }

        return promote ? await PromoteAsync(existing, password) : AdminAccountResult.Done(AdminAccountOutcome.RefusedExisting);
    }

    private async Task<AdminAccountResult> CreateNewAsync(string email, string password)
    {
        var user = ApplicationUser.Open(email, "Administrateur·rice", clock.GetUtcNow());
        user.EmailConfirmed = true;
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AdminAccountResult.Invalid(created.Errors.Select(e => e.Description));
        }

        var added = await users.AddToRoleAsync(user, RoleNames.Administrator);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return AdminAccountResult.Invalid(added.Errors.Select(e => e.Description));
        }

        return AdminAccountResult.Done(AdminAccountOutcome.Created);
    }

    private async Task<AdminAccountResult> PromoteAsync(ApplicationUser user, string password)
    {
        // A reset (rather than remove then add) checks the new password before touching the old one.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            return AdminAccountResult.Invalid(reset.Errors.Select(e => e.Description));
        }

        if (!await users.IsInRoleAsync(user, RoleNames.Administrator))
        {
            var added = await users.AddToRoleAsync(user, RoleNames.Administrator);
            if (!added.Succeeded)
            {
                return AdminAccountResult.Invalid(added.Errors.Select(e => e.Description));
            }
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.UpdateSecurityStampAsync(user);
        return AdminAccountResult.Done(AdminAccountOutcome.Promoted);
    }
}
