using FluentValidation;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation;

/// <summary>The field checks shared by recording and correcting, so both forms answer with the same French messages.</summary>
internal static class ResidentRules
{
    public static IRuleBuilderOptions<T, string> ResidentFirstName<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Écrivez le prénom de l'habitant·e.")
        .Must(v => v is null || v.Trim().Length <= MediatedContribution.FirstNameMaxLength)
        .WithMessage(MediatedContribution.FirstNameLimit.TooLong);

    public static IRuleBuilderOptions<T, string> ResidentInitial<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Écrivez l'initiale du nom de l'habitant·e.")
        .Must(v => v is null || v.Trim().TrimEnd('.').Trim().Length <= MediatedContribution.InitialMaxLength)
        .WithMessage(MediatedContribution.InitialLimit.TooLong);

    public static IRuleBuilderOptions<T, string> ResidentCommune<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Indiquez la commune de l'habitant·e : son nom ou son code postal.");

    public static IRuleBuilderOptions<T, AgeBracket?> AgeBracketChoice<T>(this IRuleBuilder<T, AgeBracket?> rule) => rule
        .IsInEnum().WithMessage(Resident.UnknownAgeBracket);

    public static IRuleBuilderOptions<T, string?> TitleLength<T>(this IRuleBuilder<T, string?> rule) => rule.TrimmedWithin(MediatedContribution.TitleLimit);

    public static IRuleBuilderOptions<T, string?> BodyLength<T>(this IRuleBuilder<T, string?> rule) => rule.TrimmedWithin(MediatedContribution.BodyLimit);

    /// <summary>The entity's limit and sentence, measured on the trimmed text as the entity measures it.</summary>
    private static IRuleBuilderOptions<T, string?> TrimmedWithin<T>(this IRuleBuilder<T, string?> rule, TextLimit limit) => rule
        .Must(v => v is null || v.Trim().Length <= limit.MaxLength).WithMessage(limit.TooLong);
}
