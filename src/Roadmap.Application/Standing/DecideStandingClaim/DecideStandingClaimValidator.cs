using FluentValidation;
using Roadmap.Application.Domain.Standing;

namespace Roadmap.Application.Standing.DecideStandingClaim;

internal sealed class DecideStandingClaimValidator : AbstractValidator<DecideStandingClaim>
{
    public DecideStandingClaimValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().When(x => !x.Approve).WithMessage("Un refus doit être motivé : la personne lira ce motif.");
        RuleFor(x => x.Reason).MaximumLength(StandingClaim.ReasonMaxLength)
            .WithMessage($"Le motif ne doit pas dépasser {StandingClaim.ReasonMaxLength} caractères.");
    }
}
