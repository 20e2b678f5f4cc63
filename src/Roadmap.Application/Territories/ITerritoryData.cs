namespace Roadmap.Application.Territories;

/// <summary>The official French administrative divisions shipped with the app (nothing is fetched at run time).</summary>
public interface ITerritoryData
{
    /// <summary>A département, its communes and every EPCI one of them belongs to; null for an unknown code.</summary>
    Task<TerritorySnapshot?> ForDepartementAsync(string code, CancellationToken cancellationToken = default);
}

/// <summary>One département as the official data describes it.</summary>
public sealed record TerritorySnapshot(
    string Code, string Name, IReadOnlyList<OfficialEpci> Epcis, IReadOnlyList<OfficialCommune> Communes)
{
    /// <summary>The sum of its communes' municipal populations.</summary>
    public int Population => Communes.Sum(c => c.Population ?? 0);
}

/// <summary>An EPCI à fiscalité propre; <see cref="Type"/> is the official CC, CA, CU, METRO (or MET69).</summary>
public sealed record OfficialEpci(string Siren, string Name, string Type, int? Population);

/// <summary>A commune (« commune-actuelle »); <see cref="EpciSiren"/> is null for a commune in no EPCI.</summary>
public sealed record OfficialCommune(string InseeCode, string Name, string? Siren, IReadOnlyList<string> PostalCodes, int? Population, string? EpciSiren);
