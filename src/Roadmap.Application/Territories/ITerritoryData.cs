namespace Roadmap.Application.Territories;

/// <summary>The official French administrative divisions shipped with the app (nothing is fetched at run time).</summary>
public interface ITerritoryData
{
    /// <summary>A département, its communes and every EPCI one of them belongs to; null for an unknown code.</summary>
    Task<TerritorySnapshot?> ForDepartementAsync(string code, CancellationToken cancellationToken = default);
}

/// <summary>
/// One département as the official data describes it; <see cref="NameKind"/> is INSEE's « type de nom en
/// clair » (TNCC), which says how French links to the name: « de la Sarthe », « de l'Hérault », « du Nord ».
/// </summary>
public sealed record TerritorySnapshot(
    string Code, string Name, int NameKind, IReadOnlyList<OfficialEpci> Epcis, IReadOnlyList<OfficialCommune> Communes)
{
    /// <summary>The collectivity that owns roadmaps: « Département de la Sarthe », not the territory's bare name.</summary>
    public string CollectivityName => "Département " + NameKind switch
    {
        1 => "d'",
        2 => "du ",
        3 => "de la ",
        4 or 6 => "des ",
        5 => "de l'",
        _ => "de ",
    } + Name;

    /// <summary>The sum of its communes' municipal populations.</summary>
    public int Population => Communes.Sum(c => c.Population ?? 0);
}

/// <summary>An EPCI à fiscalité propre; <see cref="Type"/> is the official CC, CA, CU, METRO (or MET69).</summary>
public sealed record OfficialEpci(string Siren, string Name, string Type, int? Population);

/// <summary>A commune (« commune-actuelle »); <see cref="EpciSiren"/> is null for a commune in no EPCI.</summary>
public sealed record OfficialCommune(string InseeCode, string Name, string? Siren, IReadOnlyList<string> PostalCodes, int? Population, string? EpciSiren);
