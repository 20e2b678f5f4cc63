using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Demo.Content;

/// <summary>
/// The collectivities and actors of the demo, found once they exist. The collectivities are the real
/// ones, imported from the official data (<see cref="ImportedDepartements"/>) and found here by code:
/// INSEE code for a commune, SIREN for an EPCI, code for a département. The associations, the
/// tiers-lieu and the France Services are invented (<see cref="HandMade"/>); the regions, which no import creates, are
/// <see cref="Regions"/>.
/// </summary>
internal sealed class DemoOrganisations
{
    public const string SartheCode = "72";
    public const string HeraultCode = "34";
    public const string DromeCode = "26";

    public const string MediationName = "Les Passeurs numériques sarthois (association de médiation)";
    public const string TiersLieuName = "La Grange numérique, tiers-lieu du Saosnois";
    public const string FranceServicesName = "France Services du Saosnois (Mamers)";
    public const string BanqueDesTerritoiresName = "Banque des Territoires";
    public const string HeraultAssociationName = "Clic & Garrigue (association de médiation numérique)";
    public const string PaysDeLaLoireName = "Région Pays de la Loire";
    public const string OccitanieName = "Région Occitanie";
    public const string AuvergneRhoneAlpesName = "Région Auvergne-Rhône-Alpes";
    public const string ArdecheDromeNumeriqueName = "Ardèche Drôme Numérique (syndicat mixte)";

    private readonly IReadOnlyList<Organisation> _all;

    public DemoOrganisations(IReadOnlyList<Organisation> all)
    {
        _all = all;
        PaysDeLaLoire = Named(PaysDeLaLoireName);
        Sarthe = Official(OrganisationKind.Departement, SartheCode);

        LeMansMetropole = Official(OrganisationKind.Epci, "247200132");
        PaysFlechois = Official(OrganisationKind.Epci, "247200348");
        Sable = Official(OrganisationKind.Epci, "247200090");
        MaineSaosnois = Official(OrganisationKind.Epci, "200072676");
        HuisneSarthoise = Official(OrganisationKind.Epci, "247200686");
        ValDeSarthe = Official(OrganisationKind.Epci, "247200629");
        SudSarthe = Official(OrganisationKind.Epci, "200073112");
        GesnoisBilurien = Official(OrganisationKind.Epci, "200072684");
        HauteSarthe = Official(OrganisationKind.Epci, "200072700");
        LoueBrulonNoyen = Official(OrganisationKind.Epci, "200040475");

        LeMans = Official(OrganisationKind.Commune, "72181");
        Allonnes = Official(OrganisationKind.Commune, "72003");
        LaFleche = Official(OrganisationKind.Commune, "72154");
        SableSurSarthe = Official(OrganisationKind.Commune, "72264");
        Mamers = Official(OrganisationKind.Commune, "72180");
        LaFerteBernard = Official(OrganisationKind.Commune, "72132");

        MediationAssociation = Named(MediationName);
        TiersLieu = Named(TiersLieuName);
        FranceServices = Named(FranceServicesName);
        BanqueDesTerritoires = Named(BanqueDesTerritoiresName);

        Occitanie = Named(OccitanieName);
        Herault = Official(OrganisationKind.Departement, HeraultCode);
        MontpellierMetropole = Official(OrganisationKind.Epci, "243400017");
        GrandPicSaintLoup = Official(OrganisationKind.Epci, "200022986");
        LodevoisLarzac = Official(OrganisationKind.Epci, "200017341");
        HeraultAssociation = Named(HeraultAssociationName);

        AuvergneRhoneAlpes = Named(AuvergneRhoneAlpesName);
        Drome = Official(OrganisationKind.Departement, DromeCode);
        ValenceRomans = Official(OrganisationKind.Epci, "200068781");
        Diois = Official(OrganisationKind.Epci, "242600534");
        Baronnies = Official(OrganisationKind.Epci, "200068229");
        DieulefitBourdeaux = Official(OrganisationKind.Epci, "242600492");
        ArdecheDromeNumerique = Named(ArdecheDromeNumeriqueName);
    }

    /// <summary>The départements imported, each with its communes and EPCI, as <c>import-territory</c> does.</summary>
    public static IReadOnlyList<string> ImportedDepartements { get; } = [SartheCode, HeraultCode, DromeCode];

    /// <summary>The invented actors, created by hand by the administrator under the département they work in (none: national).</summary>
    public static IReadOnlyList<(string Name, OrganisationKind Kind, string? DepartementCode)> HandMade { get; } =
    [
        (MediationName, OrganisationKind.Association, SartheCode),
        (TiersLieuName, OrganisationKind.TiersLieu, SartheCode),
        (FranceServicesName, OrganisationKind.EtablissementPublic, SartheCode),
        (BanqueDesTerritoiresName, OrganisationKind.EtablissementPublic, null),
        (HeraultAssociationName, OrganisationKind.Association, HeraultCode),
        (ArdecheDromeNumeriqueName, OrganisationKind.EtablissementPublic, DromeCode),
    ];

    /// <summary>The regions, partners of some actions: no use case creates one (see <see cref="Writers.DirectWrites"/>).</summary>
    public static IReadOnlyList<(string Name, string Code)> Regions { get; } =
        [(PaysDeLaLoireName, "52"), (OccitanieName, "76"), (AuvergneRhoneAlpesName, "84")];

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
    public Organisation FranceServices { get; }
    public Organisation BanqueDesTerritoires { get; }
    public Organisation Occitanie { get; }
    public Organisation Herault { get; }
    public Organisation MontpellierMetropole { get; }
    public Organisation GrandPicSaintLoup { get; }
    public Organisation LodevoisLarzac { get; }
    public Organisation HeraultAssociation { get; }
    public Organisation AuvergneRhoneAlpes { get; }
    public Organisation Drome { get; }
    public Organisation ValenceRomans { get; }
    public Organisation Diois { get; }
    public Organisation Baronnies { get; }
    public Organisation DieulefitBourdeaux { get; }
    public Organisation ArdecheDromeNumerique { get; }

    public Organisation[] SartheEpcis =>
    [
        LeMansMetropole, PaysFlechois, Sable, MaineSaosnois, HuisneSarthoise,
        ValDeSarthe, SudSarthe, GesnoisBilurien, HauteSarthe, LoueBrulonNoyen,
    ];

    private Organisation Official(OrganisationKind kind, string code) =>
        _all.SingleOrDefault(o => o.Kind == kind && o.OfficialCode == code)
        ?? throw new InvalidOperationException($"The demo's {kind} {code} was not imported from the official data.");

    private Organisation Named(string name) =>
        _all.SingleOrDefault(o => o.Name == name) ?? throw new InvalidOperationException($"The demo organisation « {name} » was not created.");
}
