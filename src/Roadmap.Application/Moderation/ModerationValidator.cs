using FluentValidation;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Moderation;

/// <summary>A hide needs a public reason; a restore needs none.</summary>
internal abstract class ModerationValidator<T> : AbstractValidator<T>
    where T : IModerationRequest
{
    protected ModerationValidator()
    {
        RuleFor(r => r.Decision).IsInEnum().WithMessage("La décision doit être de masquer ou de rétablir.");
        RuleFor(r => r.Reason)
            .NotEmpty().When(r => r.Decision == ModerationDecision.Hide).WithMessage("Indiquez le motif du masquage : il sera affiché publiquement.")
            .Must(reason => reason is null || reason.Trim().Length <= Comment.ModerationReasonMaxLength)
            .WithMessage($"Le motif ne doit pas dépasser {Comment.ModerationReasonMaxLength} caractères.");
    }
}
