using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Territories.ImportTerritory;

/// <summary>
/// The territory import, for the <see cref="ImportTerritory"/> use case and for the server's command
/// line (<c>import-territory 72</c>), which runs it as the operator of the server, outside any account.
/// Existing organisations are matched by SIREN (EPCI, communes; by INSEE code or SIREN as official
/// code for those created without SIREN) and by kind and code (département), loaded in one query.
/// An EPCI spanning two départements is imported once; only the communes of the imported
/// département are. A link already made (by hand or by an earlier import) is never moved.
/// </summary>
public sealed class TerritoryImporter
{
    /// <summary>The journal's code of an import; its subject ends with the département's code in brackets.</summary>
    internal const string ImportedAction = "territory.imported";

    private readonly IRoadmapDbContext _db;
    private readonly ITerritoryData _data;
    private readonly ICurrentUser _user;
    private readonly TimeProvider _clock;

    internal TerritoryImporter(IRoadmapDbContext db, ITerritoryData data, ICurrentUser user, TimeProvider clock)
    {
        _db = db;
        _data = data;
        _user = user;
        _clock = clock;
    }

    public async Task<TerritoryImportResult> ImportAsync(string departementCode, CancellationToken cancellationToken)
    {
        var code = departementCode.Trim().ToUpperInvariant();
        var territory = await _data.ForDepartementAsync(code, cancellationToken)
            ?? throw ValidationFailedException.For(nameof(ImportTerritory.DepartementCode),
                $"Aucun département n'a le code « {Shorten(departementCode)} » dans le découpage administratif officiel (exemples : 72, 2A, 974).");

        var departement = await _db.Organisations
            .Where(o => o.Kind == OrganisationKind.Departement && o.OfficialCode == territory.Code)
            .OrderBy(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var departementCounts = new Counter();
        departement = departementCounts.Apply(departement,
            () => Organisation.CreateOfficial(territory.CollectivityName, OrganisationKind.Departement, territory.Code, null, null, null, territory.Population, null),
            o => o.UpdateOfficialData(territory.CollectivityName, territory.Code, o.Siren, null, null, territory.Population));
        if (departementCounts.Created == 1)
        {
            _db.Organisations.Add(departement);
        }

        var sirens = territory.Epcis.Select(e => e.Siren).Concat(territory.Communes.Select(c => c.Siren).OfType<string>()).ToList();
        var codes = territory.Communes.Select(c => c.InseeCode).Concat(territory.Epcis.Select(e => e.Siren)).ToList();
        var existing = await _db.Organisations
            .Where(o => (o.Siren != null && sirens.Contains(o.Siren))
                || ((o.Kind == OrganisationKind.Commune || o.Kind == OrganisationKind.Epci) && o.OfficialCode != null && codes.Contains(o.OfficialCode)))
            .ToListAsync(cancellationToken);
        var bySiren = existing.Where(o => o.Siren is not null).ToDictionary(o => o.Siren!, StringComparer.Ordinal);
        var byCode = existing.Where(o => o.Siren is null).GroupBy(o => (o.Kind, o.OfficialCode!)).ToDictionary(g => g.Key, g => g.First());
        Organisation? Find(OrganisationKind kind, string? siren, string officialCode) =>
            (siren is not null && bySiren.TryGetValue(siren, out var found) && found.Kind == kind ? found : null)
            ?? byCode.GetValueOrDefault((kind, officialCode));

        var epciCounts = new Counter();
        var epcis = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var epci in territory.Epcis)
        {
            var kind = EpciKindOf(epci.Type);
            var organisation = epciCounts.Apply(Find(OrganisationKind.Epci, epci.Siren, epci.Siren),
                () => Organisation.CreateOfficial(epci.Name, OrganisationKind.Epci, epci.Siren, epci.Siren, kind, null, epci.Population, departement),
                o => o.UpdateOfficialData(epci.Name, epci.Siren, epci.Siren, kind, null, epci.Population));
            if (epciCounts.IsNew(organisation))
            {
                _db.Organisations.Add(organisation);
            }

            epcis[epci.Siren] = organisation;
        }

        var communeCounts = new Counter();
        foreach (var commune in territory.Communes)
        {
            var parent = commune.EpciSiren is { } epciSiren ? epcis[epciSiren] : departement;
            var postalCodes = string.Join(' ', commune.PostalCodes);
            var organisation = communeCounts.Apply(Find(OrganisationKind.Commune, commune.Siren, commune.InseeCode),
                () => Organisation.CreateOfficial(commune.Name, OrganisationKind.Commune, commune.InseeCode, commune.Siren, null, postalCodes, commune.Population, parent),
                o =>
                {
                    o.UpdateOfficialData(commune.Name, commune.InseeCode, commune.Siren, null, postalCodes, commune.Population);
                    o.AttachTo(parent);
                });
            if (communeCounts.IsNew(organisation))
            {
                _db.Organisations.Add(organisation);
            }
        }

        var result = new TerritoryImportResult(territory.Code, territory.Name,
            departementCounts.Result, epciCounts.Result, communeCounts.Result, territory.Population);
        await _db.RecordAsync(_user, _clock.GetUtcNow(), null, ImportedAction,
            $"Import du territoire : {territory.Name} ({territory.Code})", null, result, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        return result;
    }

    internal static EpciKind EpciKindOf(string type) => type switch
    {
        "CC" => EpciKind.CommunauteDeCommunes,
        "CA" => EpciKind.CommunauteDAgglomeration,
        "CU" => EpciKind.CommunauteUrbaine,
        "METRO" or "MET69" => EpciKind.Metropole,
        _ => throw new InvalidDataException($"Type d'EPCI inconnu dans les données officielles : {type}."),
    };

    private static string Shorten(string text) => text.Length > 10 ? text[..10] + "…" : text;

    /// <summary>Counts what each organisation became: created, updated (its official data changed) or unchanged.</summary>
    private sealed class Counter
    {
        private readonly HashSet<Organisation> _created = [];

        public int Created => _created.Count;

        private int Updated { get; set; }

        private int Unchanged { get; set; }

        public ImportCounts Result => new(Created, Updated, Unchanged);

        public bool IsNew(Organisation organisation) => _created.Contains(organisation);

        public Organisation Apply(Organisation? existing, Func<Organisation> create, Action<Organisation> update)
        {
            if (existing is null)
            {
                var created = create();
                _created.Add(created);
                return created;
            }

            var before = State(existing);
            update(existing);
            if (State(existing) == before)
            {
                Unchanged++;
            }
            else
            {
                Updated++;
            }

            return existing;
        }

        private static (string, string?, string?, EpciKind?, string?, int?, Guid?) State(Organisation o) =>
            (o.Name, o.OfficialCode, o.Siren, o.EpciKind, o.PostalCodes, o.Population, o.ParentId);
    }
}
