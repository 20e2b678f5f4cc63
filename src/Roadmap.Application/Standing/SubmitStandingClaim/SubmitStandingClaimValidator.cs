using FluentValidation;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Standing.SubmitStandingClaim;

internal sealed class SubmitStandingClaimValidator : AbstractValidator<SubmitStandingClaim>
{
    public SubmitStandingClaimValidator()
    {
        RuleFor(x => x.RoadmapSlug).NotEmpty().WithMessage("Choisissez une feuille de route.");
        RuleFor(x => x.OrganisationId).NotEmpty().WithMessage("Choisissez votre organisation.");
        RuleFor(x => x.Role).Must(r => r is ParticipantRole.ElectedOfficial or ParticipantRole.Actor)
            .WithMessage("Une qualité se demande comme élu·e ou comme acteur du territoire.");
        RuleFor(x => x.Statement).MaximumLength(StandingClaim.StatementMaxLength)
            .WithMessage($"La précision ne doit pas dépasser {StandingClaim.StatementMaxLength} caractères.");
    }
}
