using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Demo.Content;

/// <summary>
/// The collectivities and actors of the demo. Collectivities are real (INSEE codes for communes;
/// EPCI SIREN numbers are left out rather than guessed); the associations and the tiers-lieu are invented.
/// </summary>
internal sealed class DemoOrganisations
{
    public DemoOrganisations()
    {
        PaysDeLaLoire = Organisation.Create("Région Pays de la Loire", OrganisationKind.Region, "52");
        Sarthe = Organisation.Create("Département de la Sarthe", OrganisationKind.Departement, "72");

        LeMansMetropole = Epci("Le Mans Métropole");
        PaysFlechois = Epci("Communauté de communes du Pays Fléchois");
        Sable = Epci("Communauté de communes de Sablé-sur-Sarthe");
        MaineSaosnois = Epci("Communauté de communes Maine Saosnois");
        HuisneSarthoise = Epci("Communauté de communes de l'Huisne Sarthoise");
        ValDeSarthe = Epci("Communauté de communes du Val de Sarthe");
        SudSarthe = Epci("Communauté de communes Sud Sarthe");
        GesnoisBilurien = Epci("Communauté de communes Le Gesnois Bilurien");
        HauteSarthe = Epci("Communauté de communes Haute Sarthe Alpes Mancelles");
        LoueBrulonNoyen = Epci("Communauté de communes Loué-Brûlon-Noyen");

        LeMans = Commune("Le Mans", "72181", LeMansMetropole);
        Allonnes = Commune("Allonnes", "72003", LeMansMetropole);
        LaFleche = Commune("La Flèche", "72154", PaysFlechois);
        SableSurSarthe = Commune("Sablé-sur-Sarthe", "72264", Sable);
        Mamers = Commune("Mamers", "72180", MaineSaosnois);
        LaFerteBernard = Commune("La Ferté-Bernard", "72132", HuisneSarthoise);

        MediationAssociation = Organisation.Create("Les Passeurs numériques sarthois (association de médiation)", OrganisationKind.Association);
        TiersLieu = Organisation.Create("La Grange numérique, tiers-lieu du Saosnois", OrganisationKind.TiersLieu);
        BanqueDesTerritoires = Organisation.Create("Banque des Territoires", OrganisationKind.EtablissementPublic);

        Occitanie = Organisation.Create("Région Occitanie", OrganisationKind.Region, "76");
        Herault = Organisation.Create("Département de l'Hérault", OrganisationKind.Departement, "34");
        MontpellierMetropole = Organisation.Create("Montpellier Méditerranée Métropole", OrganisationKind.Epci, parent: Herault);
        GrandPicSaintLoup = Organisation.Create("Communauté de communes du Grand Pic Saint-Loup", OrganisationKind.Epci, parent: Herault);
        LodevoisLarzac = Organisation.Create("Communauté de communes Lodévois et Larzac", OrganisationKind.Epci, parent: Herault);
        HeraultAssociation = Organisation.Create("Clic & Garrigue (association de médiation numérique)", OrganisationKind.Association);
    }

    public Organisation PaysDeLaLoire { get; }
    public Organisation Sarthe { get; }
    public Organisation LeMansMetropole { get; }
    public Organisation PaysFlechois { get; }
    public Organisation Sable { get; }
    public Organisation MaineSaosnois { get; }
    public Organisation HuisneSarthoise { get; }
    public Organisation ValDeSarthe { get; }
    public Organisation SudSarthe { get; }
    public Organisation GesnoisBilurien { get; }
    public Organisation HauteSarthe { get; }
    public Organisation LoueBrulonNoyen { get; }
    public Organisation LeMans { get; }
    public Organisation Allonnes { get; }
    public Organisation LaFleche { get; }
    public Organisation SableSurSarthe { get; }
    public Organisation Mamers { get; }
    public Organisation LaFerteBernard { get; }
    public Organisation MediationAssociation { get; }
    public Organisation TiersLieu { get; }
    public Organisation BanqueDesTerritoires { get; }
    public Organisation Occitanie { get; }
    public Organisation Herault { get; }
    public Organisation MontpellierMetropole { get; }
    public Organisation GrandPicSaintLoup { get; }
    public Organisation LodevoisLarzac { get; }
    public Organisation HeraultAssociation { get; }

    public Organisation[] SartheEpcis =>
    [
        LeMansMetropole, PaysFlechois, Sable, MaineSaosnois, HuisneSarthoise,
        ValDeSarthe, SudSarthe, GesnoisBilurien, HauteSarthe, LoueBrulonNoyen,
    ];

    /// <summary>Parents before children, the order in which they are saved.</summary>
    public IReadOnlyList<Organisation> All =>
    [
        PaysDeLaLoire, Sarthe, .. SartheEpcis,
        LeMans, Allonnes, LaFleche, SableSurSarthe, Mamers, LaFerteBernard,
        MediationAssociation, TiersLieu, BanqueDesTerritoires,
        Occitanie, Herault, MontpellierMetropole, GrandPicSaintLoup, LodevoisLarzac, HeraultAssociation,
    ];

    private Organisation Epci(string name) => Organisation.Create(name, OrganisationKind.Epci, parent: Sarthe);

    private static Organisation Commune(string name, string inseeCode, Organisation epci) =>
        Organisation.Create(name, OrganisationKind.Commune, inseeCode, epci);
}
