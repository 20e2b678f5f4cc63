using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.HideIdea;

internal sealed class HideIdeaValidator : AbstractValidator<HideIdea>
{
    public HideIdeaValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Indiquez pourquoi l'idée est masquée.")
            .MaximumLength(Idea.HiddenReasonMaxLength).WithMessage($"Le motif ne doit pas dépasser {Idea.HiddenReasonMaxLength} caractères.");
}
