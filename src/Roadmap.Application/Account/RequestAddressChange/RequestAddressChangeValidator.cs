using FluentValidation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RequestAddressChange;

internal sealed class RequestAddressChangeValidator : AbstractValidator<RequestAddressChange>
{
    public RequestAddressChangeValidator()
    {
        RuleFor(x => x.NewEmail).NotEmpty().WithMessage("Indiquez la nouvelle adresse électronique.")
            .MaximumLength(ApplicationUser.EmailMaxLength).WithMessage($"L'adresse électronique ne doit pas dépasser {ApplicationUser.EmailMaxLength} caractères.")
            .EmailAddress().WithMessage("Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Indiquez votre mot de passe actuel.");
    }
}
