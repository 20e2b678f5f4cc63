using Microsoft.AspNetCore.Identity;

namespace Roadmap.Web.Components.Account;

/// <summary>
/// Says the password rules in French, from the options Identity really enforces: a length, and no
/// composition rule (ASVS 6.2.5); common passwords are refused by the strength check.
/// </summary>
internal static class PasswordHint
{
    public static string For(PasswordOptions options) =>
        $"Au moins {options.RequiredLength} caractères, sans autre contrainte. Une phrase de plusieurs mots est facile à retenir et difficile à deviner ; "
        + "les mots de passe trop courants sont refusés.";
}
