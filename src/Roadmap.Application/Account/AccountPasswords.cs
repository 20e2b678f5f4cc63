using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account;

/// <summary>The password typed again before a sensitive change of the signed-in account.</summary>
internal static class AccountPasswords
{
    /// <summary>
    /// Refuses a wrong password on <paramref name="field"/>, counting it like a failed sign-in (saved at
    /// once: the caller's command has its own transaction), so a stolen session cannot try passwords endlessly.
    /// </summary>
    public static async Task ConfirmAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password, string field)
    {
        if (await users.IsLockedOutAsync(user))
        {
            throw ValidationFailedException.For(field, "Trop d'essais infructueux : réessayez dans quelques minutes.");
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            throw ValidationFailedException.For(field, "Le mot de passe est incorrect.");
        }
    }
}
