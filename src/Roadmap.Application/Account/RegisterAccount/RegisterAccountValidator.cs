using FluentValidation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RegisterAccount;

internal sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public RegisterAccountValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Indiquez le nom à afficher.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"Le nom affiché ne doit pas dépasser {ApplicationUser.DisplayNameMaxLength} caractères.");
        RuleFor(x => x.Email).MailAddress();
        RuleFor(x => x.Password).NotEmpty().WithMessage("Choisissez un mot de passe.");
    }
}
