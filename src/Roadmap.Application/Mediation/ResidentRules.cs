using FluentValidation;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation;

/// <summary>The field checks shared by recording and correcting, so both forms answer with the same French messages.</summary>
internal static class ResidentRules
{
    public static IRuleBuilderOptions<T, string> ResidentFirstName<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Écrivez le prénom de l'habitant·e.")
        .Must(v => v is null || v.Trim().Length <= MediatedContribution.FirstNameMaxLength)
        .WithMessage($"Le prénom ne doit pas dépasser {MediatedContribution.FirstNameMaxLength} caractères.");

    public static IRuleBuilderOptions<T, string> ResidentInitial<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Écrivez l'initiale du nom de l'habitant·e.")
        .Must(v => v is null || v.Trim().TrimEnd('.').Trim().Length <= MediatedContribution.InitialMaxLength)
        .WithMessage($"L'initiale ne doit pas dépasser {MediatedContribution.InitialMaxLength} caractères.");

    public static IRuleBuilderOptions<T, string> ResidentCommune<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Indiquez la commune de l'habitant·e : son nom ou son code postal.");

    public static IRuleBuilderOptions<T, AgeBracket?> AgeBracketChoice<T>(this IRuleBuilder<T, AgeBracket?> rule) => rule
        .IsInEnum().WithMessage("Choisissez une tranche d'âge de la liste, ou aucune.");

    public static IRuleBuilderOptions<T, string?> TitleLength<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(v => v is null || v.Trim().Length <= MediatedContribution.TitleMaxLength)
        .WithMessage($"Le titre ne doit pas dépasser {MediatedContribution.TitleMaxLength} caractères.");

    public static IRuleBuilderOptions<T, string?> BodyLength<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(v => v is null || v.Trim().Length <= MediatedContribution.BodyMaxLength)
        .WithMessage($"Le texte ne doit pas dépasser {MediatedContribution.BodyMaxLength} caractères.");
}
