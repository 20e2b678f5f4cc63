using FluentValidation;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Comments.ReportContent;

internal sealed class ReportContentValidator : AbstractValidator<ReportContent>
{
    public ReportContentValidator()
    {
        RuleFor(r => r.Target).IsInEnum().WithMessage("Indiquez s'il s'agit d'un commentaire ou d'une action.");
        RuleFor(r => r.Reason)
            .NotEmpty().WithMessage("Indiquez le motif du signalement.")
            .Must(reason => reason is null || reason.Trim().Length <= ContentReport.ReasonMaxLength)
            .WithMessage($"Le motif du signalement ne doit pas dépasser {ContentReport.ReasonMaxLength} caractères.");
    }
}
