using FluentValidation;

namespace Roadmap.Application.Roadmaps.Admin.SchedulePhases;

internal sealed class SchedulePhasesValidator : AbstractValidator<SchedulePhases>
{
    public SchedulePhasesValidator()
    {
        RuleFor(r => r.Phases).NotNull().WithMessage("Indiquez les dates des phases.");
        RuleForEach(r => r.Phases).Must(p => Enum.IsDefined(p.Phase)).WithMessage("Cette phase n'existe pas.");
    }
}
