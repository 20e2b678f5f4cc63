using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RegisterAccount;

/// <summary>Identity's verdicts as field errors of <see cref="RegisterAccount"/>.</summary>
internal static class RegistrationChecks
{
    /// <summary>A pseudo-field: the address is taken. Never shown; the handler turns it into an outcome.</summary>
    public const string AddressTaken = "AddressTaken";

    /// <summary>The password rules, checked before looking the address up, so a taken address changes nothing.</summary>
    public static async Task PasswordAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        Succeeded(IdentityResult.Failed([.. errors]), errors.Count == 0);
    }

    public static void Succeeded(IdentityResult result) => Succeeded(result, result.Succeeded);

    private static void Succeeded(IdentityResult result, bool succeeded)
    {
        if (succeeded)
        {
            return;
        }

        var fields = result.Errors
            .GroupBy(e => FieldOf(e.Code))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).Distinct().ToArray());
        throw new ValidationFailedException(fields);
    }

    private static string FieldOf(string code) => code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => AddressTaken,
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(RegisterAccount.Email),
        _ when code.StartsWith("Password", StringComparison.Ordinal) => nameof(RegisterAccount.Password),
        _ => "",
    };
}
