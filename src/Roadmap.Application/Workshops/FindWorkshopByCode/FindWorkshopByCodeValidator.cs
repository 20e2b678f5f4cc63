using FluentValidation;

namespace Roadmap.Application.Workshops.FindWorkshopByCode;

internal sealed class FindWorkshopByCodeValidator : AbstractValidator<FindWorkshopByCode>
{
    public FindWorkshopByCodeValidator()
    {
        RuleFor(r => r.JoinCode).NotEmpty().WithMessage("Saisissez le code de l'atelier.")
            .MaximumLength(20).WithMessage("Le code de l'atelier compte 6 caractères.");
    }
}
