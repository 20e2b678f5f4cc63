using FluentValidation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account;

/// <summary>The rule every form that asks for an e-mail address applies, with the same French messages.</summary>
internal static class AddressRule
{
    public static IRuleBuilderOptions<T, string> MailAddress<T>(this IRuleBuilder<T, string> rule, string whenEmpty = "Indiquez votre adresse électronique.") =>
        rule.NotEmpty().WithMessage(whenEmpty)
            .MaximumLength(ApplicationUser.EmailMaxLength).WithMessage($"L'adresse électronique ne doit pas dépasser {ApplicationUser.EmailMaxLength} caractères.")
            .EmailAddress().WithMessage("Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).");
}
