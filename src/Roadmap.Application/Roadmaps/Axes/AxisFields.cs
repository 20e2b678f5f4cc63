using FluentValidation;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Axes;

/// <summary>What adding and editing an axis both carry.</summary>
public interface IAxisFields
{
    string Title { get; }
    string Description { get; }
    IReadOnlyList<string> Objectives { get; }
}

/// <summary>The checks shared by adding and editing an axis; the entity states the same limits.</summary>
internal sealed class AxisFieldsValidator : AbstractValidator<IAxisFields>
{
    public AxisFieldsValidator()
    {
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage("Le titre de l'axe est obligatoire.")
            .Must(t => t is null || t.Trim().Length <= StrategicAxis.TitleMaxLength)
            .WithMessage($"Le titre de l'axe ne doit pas dépasser {StrategicAxis.TitleMaxLength} caractères.");
        RuleFor(x => x.Description)
            .Must(d => d is null || d.Trim().Length <= StrategicAxis.DescriptionMaxLength)
            .WithMessage($"La description de l'axe ne doit pas dépasser {StrategicAxis.DescriptionMaxLength} caractères.");
        RuleFor(x => x.Objectives)
            .NotNull().WithMessage("Indiquez les objectifs (la liste peut être vide).")
            .Must(list => list is null || list.Count <= StrategicAxis.MaxObjectives).WithMessage($"Un axe compte au plus {StrategicAxis.MaxObjectives} objectifs.")
            .Must(list => list is null || list.All(o => !string.IsNullOrWhiteSpace(o))).WithMessage("Un objectif ne peut pas être vide.")
            .Must(list => list is null || list.All(o => o is null || o.Trim().Length <= StrategicAxis.ObjectiveMaxLength))
            .WithMessage($"L'objectif ne doit pas dépasser {StrategicAxis.ObjectiveMaxLength} caractères.");
    }
}
