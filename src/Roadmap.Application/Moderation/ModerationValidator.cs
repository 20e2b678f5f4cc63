using FluentValidation;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Moderation;

/// <summary>A hide needs a reason (<paramref name="missingReason"/> says who will read it); a restore needs none.</summary>
internal abstract class ModerationValidator<T> : AbstractValidator<T>
    where T : IModerationRequest
{
    protected ModerationValidator(string missingReason = "Indiquez le motif du masquage : il sera affiché publiquement.")
    {
        RuleFor(r => r.Decision).IsInEnum().WithMessage("La décision doit être de masquer ou de rétablir.");
        RuleFor(r => r.Reason)
            .NotEmpty().When(r => r.Decision == ModerationDecision.Hide).WithMessage(missingReason)
            .Must(reason => reason is null || reason.Trim().Length <= Comment.ModerationReasonMaxLength)
            .WithMessage($"Le motif ne doit pas dépasser {Comment.ModerationReasonMaxLength} caractères.");
    }
}
