using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.StartTimer;

internal sealed class StartTimerValidator : AbstractValidator<StartTimer>
{
    public StartTimerValidator() =>
        RuleFor(r => r.Seconds).InclusiveBetween(Workshop.MinTimerSeconds, Workshop.MaxTimerSeconds)
            .WithMessage($"Le minuteur doit durer entre {Workshop.MinTimerSeconds} secondes et {Workshop.MaxTimerSeconds / 3600} heures.");
}
