using FluentValidation;
using Roadmap.Application.Actions.ActionForm;

namespace Roadmap.Application.Actions.ProposeAction;

internal sealed class ProposeActionValidator : ActionFieldsValidator<ProposeAction>
{
    public ProposeActionValidator()
    {
        RuleFor(x => x.RoadmapSlug).NotEmpty().WithMessage("Indiquez la feuille de route.");
        RuleFor(x => x.SubmissionKey).NotEmpty().WithMessage("Le formulaire a expiré : rechargez la page et envoyez-le à nouveau.");
    }
}
