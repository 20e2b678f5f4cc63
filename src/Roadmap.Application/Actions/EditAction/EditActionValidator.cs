using FluentValidation;
using Roadmap.Application.Actions.ActionForm;

namespace Roadmap.Application.Actions.EditAction;

internal sealed class EditActionValidator : ActionFieldsValidator<EditAction>
{
    public EditActionValidator() =>
        RuleFor(x => x.ActionId).NotEmpty().WithMessage("Indiquez l'action à modifier.");
}
