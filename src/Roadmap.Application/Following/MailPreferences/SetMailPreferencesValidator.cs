using FluentValidation;

namespace Roadmap.Application.Following.MailPreferences;

internal sealed class SetMailPreferencesValidator : AbstractValidator<SetMailPreferences>
{
    public SetMailPreferencesValidator()
    {
        RuleFor(r => r.Choices).NotNull().WithMessage("Indiquez vos choix.");
        RuleFor(r => r.Choices).Must(c => c is null || c.Select(x => x.Topic).Distinct().Count() == c.Count)
            .WithMessage("Chaque sujet ne peut être choisi qu'une fois.");
        RuleForEach(r => r.Choices).ChildRules(choice =>
        {
            choice.RuleFor(c => c.Topic).IsInEnum().WithMessage("Ce sujet n'existe pas.");
            choice.RuleFor(c => c.Frequency).IsInEnum().WithMessage("Choisissez une fréquence proposée.");
        });
    }
}
