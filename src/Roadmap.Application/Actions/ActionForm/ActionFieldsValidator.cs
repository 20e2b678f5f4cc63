using FluentValidation;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.ActionForm;

/// <summary>The field rules of a « fiche action », shared by the propose and edit validators; limits come from the entity.</summary>
internal abstract class ActionFieldsValidator<T> : AbstractValidator<T>
    where T : ActionFields
{
    /// <summary>The column holds 18 digits with 4 decimals; anything near that is a typing mistake.</summary>
    private const decimal MaxIndicatorValue = 1_000_000_000_000m;

    protected ActionFieldsValidator()
    {
        RuleFor(x => x.AxisId).NotEmpty().WithMessage("Choisissez l'axe stratégique de l'action.");
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage("Donnez un titre à l'action.")
            .Within(RoadmapAction.TitleLimit);
        RuleFor(x => x.Summary)
            .NotEmpty().WithMessage("Résumez l'action en quelques phrases.")
            .Within(RoadmapAction.SummaryLimit);
        RuleFor(x => x.Description)
            .Within(RoadmapAction.DescriptionLimit);
        RuleFor(x => x.EasyRead)
            .Must(text => EasyReadText.Normalise(text).Length <= RoadmapAction.EasyReadMaxLength)
            .WithMessage(RoadmapAction.EasyReadLimit.TooLong);

        RuleFor(x => x.PartnerIds).NotNull().WithMessage("La liste des partenaires est invalide.");
        RuleFor(x => x.TerritoryIds).NotNull().WithMessage("La liste des territoires est invalide.");
        RuleFor(x => x)
            .Must(x => (x.PartnerIds?.Count ?? 0) + (x.TerritoryIds?.Count ?? 0) <= RoadmapAction.MaxLinkedOrganisations)
            .OverridePropertyName(nameof(ActionFields.TerritoryIds))
            .WithMessage($"Indiquez au plus {RoadmapAction.MaxLinkedOrganisations} partenaires et territoires au total.");

        RuleFor(x => x.Indicators)
            .NotNull().WithMessage("La liste des indicateurs est invalide.")
            .Must(list => list.Count <= RoadmapAction.MaxIndicators).WithMessage($"Une action compte au plus {RoadmapAction.MaxIndicators} indicateurs.");
        RuleForEach(x => x.Indicators).NotNull().WithMessage("Cet indicateur est vide.").ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Name)
                .NotEmpty().WithMessage("Donnez un nom à l'indicateur.")
                .MaximumLength(SuccessIndicator.NameMaxLength).WithMessage($"Le nom de l'indicateur ne doit pas dépasser {SuccessIndicator.NameMaxLength} caractères.");
            indicator.RuleFor(i => i.Unit)
                .NotEmpty().WithMessage("Précisez l'unité de l'indicateur (personnes, %, sites…).")
                .MaximumLength(SuccessIndicator.UnitMaxLength).WithMessage($"L'unité ne doit pas dépasser {SuccessIndicator.UnitMaxLength} caractères.");
            indicator.RuleFor(i => i.Target)
                .NotNull().WithMessage("Indiquez la valeur cible de l'indicateur.")
                .InclusiveBetween(-MaxIndicatorValue, MaxIndicatorValue).WithMessage("La valeur cible est trop grande.");
            indicator.RuleFor(i => i.Baseline)
                .InclusiveBetween(-MaxIndicatorValue, MaxIndicatorValue).WithMessage("La situation de départ est trop grande.");
        });

        RuleFor(x => x.EstimatedBudget)
            .GreaterThanOrEqualTo(0).WithMessage("Le budget estimé ne peut pas être négatif.")
            .LessThanOrEqualTo(ActionBudget.MaxAmount).WithMessage("Le budget estimé dépasse le montant maximal accepté.");
        RuleFor(x => x.Funding)
            .MaximumLength(ActionBudget.FundingMaxLength).WithMessage($"Le financement ne doit pas dépasser {ActionBudget.FundingMaxLength} caractères.");

        RuleFor(x => x.PoolingOptions)
            .NotNull().WithMessage("La liste des options de mutualisation est invalide.")
            .Must(list => list.Count <= RoadmapAction.MaxPoolingOptions).WithMessage($"Une action compte au plus {RoadmapAction.MaxPoolingOptions} options de mutualisation.");
        RuleForEach(x => x.PoolingOptions).NotNull().WithMessage("Cette option de mutualisation est vide.").ChildRules(option =>
        {
            option.RuleFor(p => p.Kind).IsInEnum().WithMessage("Choisissez le type de mutualisation (technique ou organisationnelle).");
            option.RuleFor(p => p.Description)
                .NotEmpty().WithMessage("Décrivez l'option de mutualisation.")
                .MaximumLength(PoolingOption.DescriptionMaxLength).WithMessage($"L'option de mutualisation ne doit pas dépasser {PoolingOption.DescriptionMaxLength} caractères.");
        });
    }
}
