using System.Text.Json;
using Roadmap.Application.Territories;

namespace Roadmap.Infrastructure.Territories;

/// <summary>
/// Reads <c>territory/decoupage.json</c> beside the app (trimmed at build from
/// @etalab/decoupage-administratif, see Roadmap.Web.csproj), once, on the first import.
/// </summary>
internal sealed class TerritoryFile : ITerritoryData
{
    public static readonly string DefaultPath = Path.Combine(AppContext.BaseDirectory, "territory", "decoupage.json");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<Task<Index>> _index;

    public TerritoryFile(string path) => _index = new(() => LoadAsync(path), LazyThreadSafetyMode.ExecutionAndPublication);

    public async Task<TerritorySnapshot?> ForDepartementAsync(string code, CancellationToken cancellationToken = default)
    {
        var index = await _index.Value.WaitAsync(cancellationToken);
        if (!index.Departements.TryGetValue(code.Trim(), out var departement))
        {
            return null;
        }

        var communes = index.Communes.Where(c => c.Departement == departement.Code).ToList();
        var epciSirens = new HashSet<string>(StringComparer.Ordinal);
        var officialCommunes = communes.Select(c =>
        {
            var epci = index.EpciOfCommune.GetValueOrDefault(c.Code);
            if (epci is not null)
            {
                epciSirens.Add(epci);
            }

            return new OfficialCommune(c.Code, c.Nom, c.Siren, c.CodesPostaux ?? [], c.Population, epci);
        }).ToList();
        var epcis = index.Epcis.Where(e => epciSirens.Contains(e.Siren)).Select(e => new OfficialEpci(e.Siren, e.Nom, e.Type, e.Population)).ToList();
        return new TerritorySnapshot(departement.Code, departement.Nom, departement.TypeLiaison ?? 0, epcis, officialCommunes);
    }

    private static async Task<Index> LoadAsync(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Les données du découpage administratif sont introuvables ({path}) : reconstruisez l'application (dotnet build).", path);
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<DataFile>(stream, Json) ?? throw new InvalidDataException($"{path} est vide.");
        var epciOfCommune = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var epci in file.Epci)
        {
            foreach (var member in epci.Membres)
            {
                epciOfCommune.TryAdd(member, epci.Siren);
            }
        }

        return new Index(file.Departements.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase), file.Epci, file.Communes, epciOfCommune);
    }

    private sealed record Index(
        Dictionary<string, DepartementRow> Departements, IReadOnlyList<EpciRow> Epcis, IReadOnlyList<CommuneRow> Communes, Dictionary<string, string> EpciOfCommune);

    private sealed record DataFile(IReadOnlyList<DepartementRow> Departements, IReadOnlyList<EpciRow> Epci, IReadOnlyList<CommuneRow> Communes);

    private sealed record DepartementRow(string Code, string Nom, int? TypeLiaison);

    private sealed record EpciRow(string Siren, string Nom, string Type, int? Population, IReadOnlyList<string> Membres);

    private sealed record CommuneRow(string Code, string Nom, string Departement, string? Siren, IReadOnlyList<string>? CodesPostaux, int? Population);
}
