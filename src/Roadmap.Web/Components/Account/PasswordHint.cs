using Microsoft.AspNetCore.Identity;

namespace Roadmap.Web.Components.Account;

/// <summary>Says the password rules in French, from the options Identity really enforces.</summary>
internal static class PasswordHint
{
    public static string For(PasswordOptions options)
    {
        var needs = new List<string>();
        if (options.RequireDigit)
        {
            needs.Add("un chiffre");
        }

        if (options.RequireLowercase)
        {
            needs.Add("une minuscule");
        }

        if (options.RequireUppercase)
        {
            needs.Add("une majuscule");
        }

        if (options.RequireNonAlphanumeric)
        {
            needs.Add("un caractère spécial (ni lettre ni chiffre)");
        }

        var length = $"Au moins {options.RequiredLength} caractères";
        return needs.Count switch
        {
            0 => length + ".",
            1 => $"{length}, dont {needs[0]}.",
            _ => $"{length}, dont {string.Join(", ", needs[..^1])} et {needs[^1]}.",
        };
    }
}
