using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account;

/// <summary>Shows Identity's (French) errors next to the field they are about, the rest above the form.</summary>
internal static class IdentityErrors
{
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
            // No account yet: the checks that look at the name and address run again when the password is set.
            errors.AddRange((await validator.ValidateAsync(users, new ApplicationUser(), password)).Errors);
        }

        Show(form, messages, IdentityResult.Failed([.. errors]), _ => field);
        return errors.Count == 0;
    }

    /// <param name="fieldOf">The field an error belongs to, or null for the whole form.</param>
    public static void Show(EditContext form, ValidationMessageStore messages, IdentityResult result, Func<IdentityError, FieldIdentifier?> fieldOf)
    {
        foreach (var error in result.Errors)
        {
            messages.Add(fieldOf(error) ?? new FieldIdentifier(form.Model, string.Empty), error.Description);
        }

        form.NotifyValidationStateChanged();
    }
}
