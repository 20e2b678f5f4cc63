using FluentValidation;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.PostActionUpdate;

internal sealed class PostActionUpdateValidator : AbstractValidator<PostActionUpdate>
{
    public PostActionUpdateValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage(ActionUpdate.TitleLimit.Missing).Within(ActionUpdate.TitleLimit);
        RuleFor(x => x.Body).NotEmpty().WithMessage(ActionUpdate.BodyLimit.Missing).Within(ActionUpdate.BodyLimit);
        RuleFor(x => x.OccurredOn).NotEmpty().WithMessage("Indiquez la date du point d'étape.");
        RuleFor(x => x.NewStatus)
            .Must(s => s is null || PostActionUpdate.Targets.Contains(s.Value))
            .WithMessage("Un point d'étape peut seulement passer l'action « En cours de réalisation » ou « Réalisée ».");
        RuleFor(x => x.NewProgress).InclusiveBetween(0, 100).WithMessage("L'avancement doit être compris entre 0 et 100 %.");
        RuleFor(x => x.NewProgress)
            .Must(p => p is null or 100).When(x => x.NewStatus == ActionStatus.Done)
            .WithMessage("Une action réalisée est avancée à 100 %.");
        RuleFor(x => x.NewProgress)
            .Must(p => p is not 100).When(x => x.NewStatus == ActionStatus.InProgress)
            .WithMessage("À 100 %, l'action est réalisée : choisissez « Réalisée ».");
    }
}
