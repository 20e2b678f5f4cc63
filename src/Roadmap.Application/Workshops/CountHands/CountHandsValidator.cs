using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.CountHands;

internal sealed class CountHandsValidator : AbstractValidator<CountHands>
{
    public CountHandsValidator()
    {
        RuleFor(r => r.Counts).NotNull().WithMessage("Donnez le décompte de chaque option.")
            .Must(c => c is null || c.Count <= Poll.MaxOptions).WithMessage($"Un sondage a au plus {Poll.MaxOptions} options.");
    }
}
