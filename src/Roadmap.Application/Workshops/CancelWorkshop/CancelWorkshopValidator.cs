using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.CancelWorkshop;

internal sealed class CancelWorkshopValidator : AbstractValidator<CancelWorkshop>
{
    public CancelWorkshopValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Indiquez le motif de l'annulation.")
            .MaximumLength(Workshop.CancelReasonMaxLength).WithMessage($"Le motif ne doit pas dépasser {Workshop.CancelReasonMaxLength} caractères.");
}
