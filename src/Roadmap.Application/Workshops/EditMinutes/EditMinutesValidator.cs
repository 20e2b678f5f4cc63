using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.EditMinutes;

internal sealed class EditMinutesValidator : AbstractValidator<EditMinutes>
{
    public EditMinutesValidator() =>
        RuleFor(r => r.Minutes).NotEmpty().WithMessage("Le compte rendu ne peut pas être vide.")
            .MaximumLength(Workshop.MinutesMaxLength).WithMessage($"Le compte rendu ne doit pas dépasser {Workshop.MinutesMaxLength} caractères.");
}
