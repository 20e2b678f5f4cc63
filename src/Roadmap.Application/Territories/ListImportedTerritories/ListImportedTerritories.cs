using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Territories.ImportTerritory;

namespace Roadmap.Application.Territories.ListImportedTerritories;

/// <summary>
/// The départements already on the instance, by code, with what the import brought: their communes
/// (those whose INSEE code starts with the département's code, wherever they are attached), the EPCI
/// of the official data touching them (parent of one of those communes, or attached to the département;
/// an EPCI made without its SIREN, as older demo data did, is not counted), the communes' total
/// population, and when the journal last recorded an import of that département.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ListImportedTerritories : IQuery<IReadOnlyList<ImportedTerritory>>;

public sealed record ImportedTerritory(Guid Id, string Code, string Name, int Communes, int Epcis, long Population, DateTimeOffset? LastImportedAt);

internal sealed class ListImportedTerritoriesHandler(IRoadmapDbContext db) : IRequestHandler<ListImportedTerritories, IReadOnlyList<ImportedTerritory>>
{
    public async Task<IReadOnlyList<ImportedTerritory>> Handle(ListImportedTerritories request, CancellationToken cancellationToken)
    {
        var departements = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Departement && o.OfficialCode != null)
            .OrderBy(o => o.OfficialCode).Select(o => new { o.Id, Code = o.OfficialCode!, o.Name })
            .ToListAsync(cancellationToken);
        var territories = new List<ImportedTerritory>(departements.Count);
        foreach (var departement in departements)
        {
            var communes = db.Organisations.Where(o => o.Kind == OrganisationKind.Commune && o.OfficialCode!.StartsWith(departement.Code));
            var counts = await communes.GroupBy(_ => 1)
                .Select(g => new { Count = g.Count(), Population = g.Sum(o => (long)(o.Population ?? 0)) })
                .SingleOrDefaultAsync(cancellationToken);
            var epcis = await db.Organisations.CountAsync(
                e => e.Kind == OrganisationKind.Epci && e.OfficialCode != null && (e.ParentId == departement.Id || communes.Any(c => c.ParentId == e.Id)), cancellationToken);
            var subject = $"({departement.Code})";
            var lastImport = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Action == TerritoryImporter.ImportedAction && e.Subject.EndsWith(subject))
                .OrderByDescending(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
            territories.Add(new ImportedTerritory(departement.Id, departement.Code, departement.Name, counts?.Count ?? 0, epcis, counts?.Population ?? 0, lastImport));
        }

        return territories;
    }
}
