namespace Roadmap.Application.Territories.ImportTerritory;

/// <summary>What one import did. « Updated » counts organisations whose official data changed; « unchanged » the others.</summary>
public sealed record TerritoryImportResult(
    string DepartementCode,
    string DepartementName,
    ImportCounts Departement,
    ImportCounts Epcis,
    ImportCounts Communes,
    int Population);

public sealed record ImportCounts(int Created, int Updated, int Unchanged)
{
    public int Total => Created + Updated + Unchanged;
}
