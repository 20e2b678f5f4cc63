using FluentValidation;
using Roadmap.Application.Workshops.ScheduleWorkshop;

namespace Roadmap.Application.Workshops.EditWorkshop;

internal sealed class EditWorkshopValidator : AbstractValidator<EditWorkshop>
{
    public EditWorkshopValidator() => RuleFor(r => r.Draft).NotNull().SetValidator(new WorkshopDraftValidator());
}
