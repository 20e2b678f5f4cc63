using FluentValidation;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.ScheduleWorkshop;

/// <summary>Field errors for the workshop form; the entity enforces the same limits.</summary>
internal sealed class WorkshopDraftValidator : AbstractValidator<WorkshopDraft>
{
    public WorkshopDraftValidator()
    {
        RuleFor(d => d.Title).NotEmpty().WithMessage("Donnez un titre à l'atelier.")
            .Within(Workshop.TitleLimit);
        RuleFor(d => d.DurationMinutes).InclusiveBetween(Workshop.MinDurationMinutes, Workshop.MaxDurationMinutes)
            .WithMessage($"La durée doit être comprise entre {Workshop.MinDurationMinutes} minutes et {Workshop.MaxDurationMinutes / 60} heures.");
        RuleFor(d => d.Mode).IsInEnum().WithMessage("Choisissez un format d'atelier.");
        RuleFor(d => d.VisioLink).NotEmpty().When(d => d.Mode != WorkshopMode.InPerson).WithMessage("Indiquez le lien de la visioconférence.")
            .MaximumLength(Workshop.VisioLinkMaxLength).WithMessage($"Le lien ne doit pas dépasser {Workshop.VisioLinkMaxLength} caractères.")
            .Must(BeAWebAddress).When(d => d.Mode != WorkshopMode.InPerson && !string.IsNullOrWhiteSpace(d.VisioLink), ApplyConditionTo.CurrentValidator)
            .WithMessage("Le lien de visioconférence doit être une adresse web (https://…).");
        RuleFor(d => d.Address).NotEmpty().When(d => d.Mode != WorkshopMode.Visio).WithMessage("Indiquez l'adresse du lieu.")
            .MaximumLength(Workshop.AddressMaxLength).WithMessage($"L'adresse ne doit pas dépasser {Workshop.AddressMaxLength} caractères.");
        RuleFor(d => d.CoFacilitatorIds).Must(ids => ids.Count <= Workshop.MaxCoFacilitators)
            .WithMessage($"Un atelier compte au plus {Workshop.MaxCoFacilitators} co-animateur·rices.");
        RuleFor(d => d.Agenda).Must(items => items.Count <= Workshop.MaxAgendaItems)
            .WithMessage($"L'ordre du jour compte au plus {Workshop.MaxAgendaItems} points.");
        RuleForEach(d => d.Agenda).ChildRules(item =>
        {
            item.RuleFor(i => i.Kind).IsInEnum().WithMessage("Choisissez le type de chaque point.");
            item.RuleFor(i => i.Topic).NotEmpty().When(i => i.Kind == AgendaItemKind.FreeTopic).WithMessage("Donnez un titre à chaque sujet libre.")
                .MaximumLength(AgendaItem.TopicMaxLength).WithMessage($"Un sujet ne doit pas dépasser {AgendaItem.TopicMaxLength} caractères.");
            item.RuleFor(i => i.AxisId).NotNull().When(i => i.Kind == AgendaItemKind.Axis).WithMessage("Choisissez l'axe de ce point.");
            item.RuleFor(i => i.ActionIds).Must(ids => ids is { Count: > 0 and <= AgendaItem.MaxActions }).When(i => i.Kind == AgendaItemKind.Actions)
                .WithMessage($"Choisissez de 1 à {AgendaItem.MaxActions} actions pour ce point.");
        });
    }

    private static bool BeAWebAddress(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
