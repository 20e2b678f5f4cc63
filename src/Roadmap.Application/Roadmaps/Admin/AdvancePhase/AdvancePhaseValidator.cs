using FluentValidation;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Admin.AdvancePhase;

internal sealed class AdvancePhaseValidator : AbstractValidator<AdvancePhase>
{
    public AdvancePhaseValidator()
    {
        RuleFor(r => r.FromPhase).NotNull().WithMessage("Indiquez la phase que la feuille de route quitte.")
            .IsInEnum().WithMessage("Cette phase n'existe pas.");
        RuleFor(r => r.Message).NotEmpty().WithMessage("Écrivez le message public qui annonce la nouvelle phase.")
            .MaximumLength(TerritorialRoadmap.PhaseMessageMaxLength)
            .WithMessage($"Le message ne doit pas dépasser {TerritorialRoadmap.PhaseMessageMaxLength} caractères.");
    }
}
