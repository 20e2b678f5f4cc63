using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Identity;

/// <summary>
/// Refuses passwords an attacker would try early: zxcvbn's estimate (dictionaries of common passwords,
/// names, keyboard walks, dates, sequences, l33t substitutions) must reach <see cref="MinimumScore"/>.
/// zxcvbn's lists are English, so common French passwords and the person's own address and name are
/// added as words it must treat as known. Composition rules (a digit, a capital…) are not used:
/// ASVS 6.2.5 forbids them, length and this check do the work.
/// </summary>
internal sealed class WeakPasswordValidator : IPasswordValidator<ApplicationUser>
{
    /// <summary>zxcvbn's « safely unguessable » level (0 to 4).</summary>
    public const int MinimumScore = 3;

    /// <summary>ASVS 6.2.9 asks for at least 64; the bound keeps the estimate and the hash cheap.</summary>
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        // Too short or empty: Identity's length rule already says so, once.
        if (string.IsNullOrEmpty(password) || password.Length < manager.Options.Password.RequiredLength)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Le mot de passe ne doit pas dépasser {MaximumLength} caractères.",
            }));
        }

        var known = FrenchPasswordWords.All.Concat(PersonalWords(user));
        return Task.FromResult(Zxcvbn.Zxcvbn.MatchPassword(password, known).Score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooGuessable",
                Description = "Ce mot de passe est trop courant ou trop facile à deviner. Choisissez plutôt une phrase de plusieurs mots "
                    + "sans rapport entre eux (quatre mots séparés par des espaces, par exemple) : elle est facile à retenir et bien plus difficile à deviner.",
            }));
    }

    /// <summary>The person's address and name, whole and in pieces, with and without accents: the first things a targeted guess tries.</summary>
    private static IEnumerable<string> PersonalWords(ApplicationUser user) =>
        new[] { user.Email, user.UserName, user.DisplayName }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .SelectMany(s => s!.Split([' ', '@', '.', '-', '_', '+', '\''], StringSplitOptions.RemoveEmptyEntries).Append(s!))
            .Where(w => w.Length >= 3)
            .Select(w => w.ToLowerInvariant())
            .SelectMany(w => new[] { w, WithoutAccents(w) })
            .Distinct();

    private static string WithoutAccents(string word) =>
        new string(word.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .Normalize(NormalizationForm.FormC);
}
