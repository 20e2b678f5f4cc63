using FluentValidation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Common;

/// <summary>
/// The search of people by a typed text (team grants, pilot naming): the same rule for the text, the
/// same match on name or e-mail, the same order and the same page size. Who may search, and among
/// whom, stays with each use case.
/// </summary>
internal static class PeopleSearch
{
    public const int MaxResults = 20;
    public const int TextMaxLength = 100;

    public static IRuleBuilderOptions<T, string> ValidSearchText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Saisissez un nom ou une adresse e-mail.")
            .MaximumLength(TextMaxLength).WithMessage($"La recherche ne doit pas dépasser {TextMaxLength} caractères.");

    /// <summary>The first page of <paramref name="people"/> whose name or e-mail contains <paramref name="text"/>, by name.</summary>
    public static IQueryable<ApplicationUser> Matching(this IQueryable<ApplicationUser> people, string text)
    {
        var trimmed = text.Trim();
        var email = trimmed.ToUpperInvariant();
        var name = trimmed.ToLowerInvariant();
        return people
            .Where(u => u.NormalizedEmail!.Contains(email) || u.DisplayName.ToLower().Contains(name))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Take(MaxResults);
    }
}
