using FluentValidation;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.RecordContribution;

internal sealed class RecordContributionValidator : AbstractValidator<RecordContribution>
{
    public RecordContributionValidator()
    {
        RuleFor(r => r.Kind).IsInEnum().WithMessage("Choisissez : soutien, commentaire ou idée.");
        RuleFor(r => r.ActionId).NotNull().When(r => r.Kind != MediatedContributionKind.Idea)
            .WithMessage("Choisissez l'action que l'habitant·e soutient ou commente.");
        RuleFor(r => r.FirstName).ResidentFirstName();
        RuleFor(r => r.Initial).ResidentInitial();
        RuleFor(r => r.Commune).ResidentCommune();
        RuleFor(r => r.AgeBracket).AgeBracketChoice();
        RuleFor(r => r.Body).NotEmpty().When(r => r.Kind == MediatedContributionKind.Comment).WithMessage("Écrivez le commentaire de l'habitant·e.");
        RuleFor(r => r.Body).BodyLength();
        RuleFor(r => r.Title).NotEmpty().When(r => r.Kind == MediatedContributionKind.Idea).WithMessage("Donnez un titre à l'idée de l'habitant·e.");
        RuleFor(r => r.Title).TitleLength();
        RuleFor(r => r.Consent).Equal(true).WithMessage(MediationConsent.Missing);
    }
}
