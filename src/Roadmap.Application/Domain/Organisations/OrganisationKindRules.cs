namespace Roadmap.Application.Domain.Organisations;

public static class OrganisationKindRules
{
    /// <summary>
    /// Only collectivities (région, département, EPCI, commune) are territories an action concerns;
    /// associations, companies and the like may be partners, never territories.
    /// </summary>
    public static bool MayBeTerritory(this OrganisationKind kind) =>
        kind is OrganisationKind.Region or OrganisationKind.Departement or OrganisationKind.Epci or OrganisationKind.Commune;
}
