using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.OpenPoll;

internal sealed class OpenPollValidator : AbstractValidator<OpenPoll>
{
    public OpenPollValidator()
    {
        RuleFor(r => r.Poll).NotNull().WithMessage("Décrivez le sondage.");
        RuleFor(r => r.Poll.Kind).IsInEnum().When(r => r.Poll is not null).WithMessage("Choisissez le type de sondage.");
        RuleFor(r => r.Poll.Question).NotEmpty().When(r => r.Poll is not null).WithMessage("Posez une question.")
            .MaximumLength(Poll.QuestionMaxLength).WithMessage($"La question ne doit pas dépasser {Poll.QuestionMaxLength} caractères.");
        RuleFor(r => r.Poll.Options).Must(o => o is null || o.Count <= Poll.MaxOptions).When(r => r.Poll is not null)
            .WithMessage($"Un sondage propose au plus {Poll.MaxOptions} options.");
        RuleForEach(r => r.Poll.Options).Must(o => o.ActionId is not null || !string.IsNullOrWhiteSpace(o.Text)).When(r => r.Poll is not null)
            .WithMessage("Chaque option a un texte ou renvoie à une action.")
            .Must(o => (o.Text?.Length ?? 0) <= PollOption.TextMaxLength).WithMessage($"Une option ne doit pas dépasser {PollOption.TextMaxLength} caractères.");
    }
}
