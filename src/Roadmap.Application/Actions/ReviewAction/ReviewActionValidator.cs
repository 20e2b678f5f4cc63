using FluentValidation;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.ReviewAction;

internal sealed class ReviewActionValidator : AbstractValidator<ReviewAction>
{
    public ReviewActionValidator()
    {
        RuleFor(x => x.ActionId).NotEmpty().WithMessage("Indiquez l'action examinée.");
        RuleFor(x => x.Status)
            .Must(s => ReviewAction.Targets.Contains(s))
            .WithMessage("Choisissez un statut : en cours d'examen, retenue, fusionnée, non retenue, en cours de réalisation ou réalisée.");
        RuleFor(x => x.Reason)
            .MaximumLength(StatusChange.ReasonMaxLength).WithMessage($"Le motif ne doit pas dépasser {StatusChange.ReasonMaxLength} caractères.");
        RuleFor(x => x.Reason)
            .NotEmpty().When(x => x.Status == ActionStatus.NotRetained)
            .WithMessage("Expliquez publiquement pourquoi l'action n'est pas retenue.");
        RuleFor(x => x.MergedIntoId)
            .NotEmpty().When(x => x.Status == ActionStatus.Merged)
            .WithMessage("Choisissez l'action dans laquelle fusionner celle-ci.");
        RuleFor(x => x.ProgressPercent)
            .NotNull().When(x => x.Status == ActionStatus.InProgress)
            .WithMessage("Indiquez l'avancement, en pourcentage.");
        RuleFor(x => x.ProgressPercent)
            .InclusiveBetween(0, 100).WithMessage("L'avancement doit être compris entre 0 et 100 %.");
    }
}
