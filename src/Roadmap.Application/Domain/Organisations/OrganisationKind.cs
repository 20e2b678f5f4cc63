namespace Roadmap.Application.Domain.Organisations;

public enum OrganisationKind
{
    Departement = 0,
    Region = 1,
    Epci = 2,
    Commune = 3,
    Association = 4,
    Entreprise = 5,
    TiersLieu = 6,
    EtablissementPublic = 7,
}
