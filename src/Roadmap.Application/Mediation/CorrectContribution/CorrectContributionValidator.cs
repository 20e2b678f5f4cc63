using FluentValidation;

namespace Roadmap.Application.Mediation.CorrectContribution;

internal sealed class CorrectContributionValidator : AbstractValidator<CorrectContribution>
{
    public CorrectContributionValidator()
    {
        RuleFor(r => r.FirstName).ResidentFirstName();
        RuleFor(r => r.Initial).ResidentInitial();
        RuleFor(r => r.Commune).ResidentCommune();
        RuleFor(r => r.AgeBracket).AgeBracketChoice();
        RuleFor(r => r.Title).TitleLength();
        RuleFor(r => r.Body).BodyLength();
    }
}
