namespace Roadmap.Application.Domain.Organisations;

public static class OrganisationKindLabels
{
    public static string French(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Departement => "Département",
        OrganisationKind.Region => "Région",
        OrganisationKind.Epci => "Intercommunalité (EPCI)",
        OrganisationKind.Commune => "Commune",
        OrganisationKind.Association => "Association",
        OrganisationKind.Entreprise => "Entreprise",
        OrganisationKind.TiersLieu => "Tiers-lieu",
        OrganisationKind.EtablissementPublic => "Établissement public",
        _ => kind.ToString(),
    };

    public static string French(this EpciKind kind) => kind switch
    {
        EpciKind.CommunauteDeCommunes => "communauté de communes",
        EpciKind.CommunauteDAgglomeration => "communauté d'agglomération",
        EpciKind.CommunauteUrbaine => "communauté urbaine",
        EpciKind.Metropole => "métropole",
        _ => kind.ToString(),
    };
}
