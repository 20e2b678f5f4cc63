using FluentValidation;

namespace Roadmap.Application.PersonalData.DeleteMyAccount;

internal sealed class DeleteMyAccountValidator : AbstractValidator<DeleteMyAccount>
{
    public DeleteMyAccountValidator() =>
        RuleFor(x => x.Password).NotEmpty().WithMessage("Saisissez votre mot de passe pour confirmer la suppression.");
}
