using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.JoinWorkshop;

internal sealed class JoinWorkshopValidator : AbstractValidator<JoinWorkshop>
{
    public JoinWorkshopValidator()
    {
        RuleFor(r => r.JoinCode).NotEmpty().WithMessage("Saisissez le code de l'atelier.")
            .MaximumLength(20).WithMessage("Le code de l'atelier compte 6 caractères.");
        RuleFor(r => r.GuestName).MaximumLength(Attendance.NameMaxLength).WithMessage($"Votre nom ne doit pas dépasser {Attendance.NameMaxLength} caractères.");
        RuleFor(r => r.GuestToken).MaximumLength(100).WithMessage("Jeton d'invité·e invalide.");
    }
}
