using FluentValidation;
using MediatR;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Territories.ImportTerritory;

/// <summary>
/// Creates or updates a département, its communes and every EPCI they belong to, from the official
/// data (<see cref="ITerritoryData"/>). Idempotent: a second run updates names and populations and
/// duplicates nothing (see <see cref="TerritoryImporter"/>).
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ImportTerritory(string DepartementCode) : IRequest<TerritoryImportResult>
{
    public const int CodeMaxLength = 3;
}

internal sealed class ImportTerritoryHandler(TerritoryImporter importer) : IRequestHandler<ImportTerritory, TerritoryImportResult>
{
    public Task<TerritoryImportResult> Handle(ImportTerritory request, CancellationToken cancellationToken) =>
        importer.ImportAsync(request.DepartementCode, cancellationToken);
}

internal sealed class ImportTerritoryValidator : AbstractValidator<ImportTerritory>
{
    public ImportTerritoryValidator()
    {
        RuleFor(x => x.DepartementCode).NotEmpty().WithMessage("Indiquez le code du département (par exemple 72).")
            .MaximumLength(ImportTerritory.CodeMaxLength)
            .WithMessage($"Un code de département a au plus {ImportTerritory.CodeMaxLength} caractères (72, 2A, 974).");
    }
}
