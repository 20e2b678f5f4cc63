using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account;

/// <summary>Shows Identity's (French) errors next to the field they are about, the rest above the form.</summary>
internal static class IdentityErrors
{
    public static bool IsAboutEmail(IdentityError error) => error.Code is
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail)
        or nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName);

    /// <summary>The rules on a new password; a wrong current password (PasswordMismatch) is not one of them.</summary>
    public static bool IsAboutNewPassword(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch);

    /// <summary>
    /// Checks a new password against Identity's rules before anything else, so that the form lists
    /// every problem at once instead of one per attempt. An empty password is left to [Required].
    /// </summary>
    public static async Task<bool> CheckNewPasswordAsync(
        EditContext form, ValidationMessageStore messages, UserManager<ApplicationUser> users, string password, FieldIdentifier field)
    {
        if (password.Length == 0)
        {
            return true;
        }

        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            // The built-in rules look at the password alone; a new account has no user yet.
            errors.AddRange((await validator.ValidateAsync(users, new ApplicationUser(), password)).Errors);
        }

        Show(form, messages, IdentityResult.Failed([.. errors]), _ => field);
        return errors.Count == 0;
    }

    /// <param name="fieldOf">The field an error belongs to, or null for the whole form.</param>
    public static void Show(EditContext form, ValidationMessageStore messages, IdentityResult result, Func<IdentityError, FieldIdentifier?> fieldOf)
    {
        var errors = result.Errors.ToList();

        // The user name is the email address: one message about it is enough.
        if (errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            errors.RemoveAll(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
        }

        foreach (var error in errors)
        {
            messages.Add(fieldOf(error) ?? new FieldIdentifier(form.Model, string.Empty), error.Description);
        }

        form.NotifyValidationStateChanged();
    }
}
