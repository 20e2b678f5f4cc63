using System.Text;
using FluentValidation;
using MediatR;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.ImportValues;

/// <summary>
/// Records every value of a CSV file (see <see cref="ValuesCsv"/>) in one transaction, or none: if any
/// line has a problem the whole file is refused with every line's problem. The caller must be allowed
/// to report on every indicator of the file.
/// </summary>
[RequiresRole]
public sealed record ImportValues(string RoadmapSlug, string Content) : IRequest<ImportedValues>
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxLines = 10_000;

    /// <summary>How many line problems a refusal lists; the rest are counted.</summary>
    public const int MaxListedErrors = 100;
}

internal sealed class ImportValuesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ImportValues, ImportedValues>
{
    public async Task<ImportedValues> Handle(ImportValues request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var check = await ValuesImportCheck.CheckAsync(db, user, request.RoadmapSlug, request.Content, now, cancellationToken);
        var errors = check.Preview.Errors;
        if (errors.Count > 0)
        {
            var listed = errors.Take(ImportValues.MaxListedErrors).ToList();
            if (errors.Count > listed.Count)
            {
                listed.Add($"… et {errors.Count - listed.Count} autres lignes en erreur.");
            }

            throw new ValidationFailedException(new Dictionary<string, string[]> { [ValuesCsv.Field] = [.. listed] });
        }

        db.IndicatorValues.AddRange(check.Values);
        await db.RecordAsync(user, now, check.RoadmapId, "indicator-values.imported",
            $"Import de {check.Values.Count} {Plural.Of(check.Values.Count, "valeur mesurée", "valeurs mesurées")} sur « {check.Preview.RoadmapTitle} »", null, new { check.Values.Count }, cancellationToken);
        await db.SaveValuesAsync(check.Actions, check.Values, now, cancellationToken);
        return new ImportedValues(check.Preview.RoadmapSlug, check.Values.Count);
    }
}

internal sealed class ImportValuesValidator : AbstractValidator<ImportValues>
{
    public ImportValuesValidator() => RuleFor(x => x.Content).ValuesFile();
}

internal static class ValuesFileRules
{
    public static IRuleBuilderOptions<T, string> ValuesFile<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Choisissez un fichier CSV de valeurs (il est vide).")
            .Must(c => Encoding.UTF8.GetByteCount(c) <= ImportValues.MaxBytes)
            .WithMessage($"Le fichier dépasse {ImportValues.MaxBytes / 1024 / 1024} Mo : découpez-le en plusieurs fichiers.");
}
