using FluentValidation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RegisterAccount;

internal sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public RegisterAccountValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Indiquez le nom à afficher.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"Le nom affiché ne doit pas dépasser {ApplicationUser.DisplayNameMaxLength} caractères.");
        RuleFor(x => x.Email).NotEmpty().WithMessage("Indiquez votre adresse électronique.")
            .MaximumLength(ApplicationUser.EmailMaxLength).WithMessage($"L'adresse électronique ne doit pas dépasser {ApplicationUser.EmailMaxLength} caractères.")
            .EmailAddress().WithMessage("Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Choisissez un mot de passe.");
    }
}
