using FluentValidation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RequestAddressChange;

internal sealed class RequestAddressChangeValidator : AbstractValidator<RequestAddressChange>
{
    public RequestAddressChangeValidator()
    {
        RuleFor(x => x.NewEmail).MailAddress("Indiquez la nouvelle adresse électronique.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Indiquez votre mot de passe actuel.");
    }
}
