using FluentValidation;
using Roadmap.Application.Workshops.ScheduleWorkshop;

namespace Roadmap.Application.Workshops.CreateWorkshop;

internal sealed class CreateWorkshopValidator : AbstractValidator<CreateWorkshop>
{
    public CreateWorkshopValidator()
    {
        RuleFor(r => r.RoadmapSlug).NotEmpty().WithMessage("Choisissez une feuille de route.");
        RuleFor(r => r.Draft).NotNull().SetValidator(new WorkshopDraftValidator());
    }
}
