using static Roadmap.Demo.Content.DemoParts;

namespace Roadmap.Demo.Content;

/// <summary>
/// The actions of the Drôme's roadmap, proposed during its concertation. Their indicators fall due a set
/// number of days after the adoption, so that which ones are late or on track does not depend on the day
/// the demo is seeded (<see cref="DromeFollowUps"/>).
/// </summary>
internal static class DromeActions
{
    private static readonly string VicePresidente = DemoPeople.Participant(17);
    private static readonly string ChargeDeMission = DemoPeople.Participant(18);

    public static DemoRoadmapContent Content(DateOnly adoptedOn) => new(All(adoptedOn), [], [], []);

    private static IReadOnlyList<DemoAction> All(DateOnly adoptedOn) =>
    [
        new()
        {
            Key = "fibre-thd", Axis = 2, Proposer = VicePresidente, DaysAgo = 1_225,
            Title = "Raccorder plus de 160 000 foyers drômois au très haut débit",
            Summary = "Achever le réseau de fibre publique avec le syndicat mixte Ardèche Drôme Numérique, jusqu'aux hameaux de montagne.",
            Description = "Le Département consacre **25 millions d'euros** à la fibre. Le réseau public est construit par le syndicat mixte Ardèche Drôme Numérique ; chaque commune connaît son calendrier de raccordement.",
            Indicators = [Indicator("Foyers raccordables au très haut débit", "foyers", 95_000, 160_000, adoptedOn.AddDays(723))],
            Budget = Budget(25_000_000m, "Département, avec le syndicat mixte Ardèche Drôme Numérique"),
            Partners = o => [o.ArdecheDromeNumerique, o.AuvergneRhoneAlpes],
            Territories = o => [o.Drome],
            Pooling = [Technical("Un réseau public unique pour l'Ardèche et la Drôme, construit et exploité par leur syndicat mixte.")],
        },
        new()
        {
            Key = "pylones-4g", Axis = 2, Proposer = VicePresidente, DaysAgo = 1_220,
            Title = "Couvrir les zones blanches mobiles par des pylônes 4G",
            Summary = "Recenser avec les maires les zones sans réseau mobile et y faire construire des pylônes partagés par les opérateurs.",
            Description = "Le programme national de couverture mobile finance les pylônes ; le Département aide les communes à **désigner les zones** et à trouver les terrains.",
            Indicators = [Indicator("Sites de zone blanche couverts en 4G", "sites", 0, 30, adoptedOn.AddDays(1_450))],
            Budget = Budget(3_000_000m, "État (programme national de couverture mobile), Département"),
            Territories = o => [o.Diois, o.Baronnies],
            Pooling = [Technical("Des pylônes partagés par les quatre opérateurs.")],
        },
        new()
        {
            Key = "tiers-lieux", Axis = 1, Proposer = VicePresidente, DaysAgo = 1_215,
            Title = "Financer dix-neuf tiers-lieux dans les bassins de vie",
            Summary = "Espaces publics numériques, coworking, fablabs : un tiers-lieu à moins de vingt minutes de chaque Drômois.",
            Description = "Un appel à projets par an ; le Département finance l'investissement, les intercommunalités l'animation.",
            Indicators = [Indicator("Tiers-lieux financés", "tiers-lieux", 0, 19, adoptedOn.AddDays(1_088))],
            Budget = Budget(1_200_000m, "Département 60 %, Région Auvergne-Rhône-Alpes 40 %"),
            Partners = o => [o.AuvergneRhoneAlpes],
            Territories = o => [o.ValenceRomans, o.Diois, o.DieulefitBourdeaux],
            Pooling = [Organisational("Un réseau des tiers-lieux drômois qui partage ses animateurs et ses formations.")],
        },
        new()
        {
            Key = "formation-usages", Axis = 1, Proposer = ChargeDeMission, DaysAgo = 1_210,
            Title = "Former les Drômois aux usages essentiels avec les conseillers numériques",
            Summary = "Ateliers gratuits pour apprendre à faire ses démarches, chercher un emploi ou télétravailler.",
            Description = "Les conseillers numériques tiennent des **permanences** dans les tiers-lieux, les mairies et les centres sociaux.",
            Indicators = [Indicator("Personnes formées par les conseillers numériques", "personnes/an", 2_400, 6_000, adoptedOn.AddDays(1_450))],
            Budget = Budget(600_000m, "Département, État"),
            Territories = o => [o.Drome],
            Pooling = [Organisational("Un planning commun des permanences pour tout le département.")],
        },
        new()
        {
            Key = "demarches-en-ligne", Axis = 3, Proposer = VicePresidente, DaysAgo = 1_200,
            Title = "Rendre les démarches du Département faisables en ligne",
            Summary = "Aides sociales, transports scolaires, subventions : des démarches en ligne simples, avec un accueil humain à côté.",
            Description = "Chaque démarche est revue avec ses usagers avant d'être mise en ligne ; **aucune ne devient uniquement numérique**.",
            Indicators = [Indicator("Démarches du Département faisables en ligne", "%", 35, 90, adoptedOn.AddDays(1_450))],
            Budget = Budget(900_000m, "Département"),
            Territories = o => [o.Drome],
        },
        new()
        {
            Key = "communes-accompagnees", Axis = 4, Proposer = VicePresidente, DaysAgo = 1_190,
            Title = "Un accompagnement numérique pour chaque commune qui le demande",
            Summary = "Conseil, outils partagés et formation des agents pour les communes qui n'ont pas de service informatique.",
            Description = "Une équipe du Département se déplace dans les mairies ; les outils sont **mutualisés** entre communes.",
            Indicators = [Indicator("Communes accompagnées", "communes", 0, 150, adoptedOn.AddDays(1_450))],
            Budget = Budget(450_000m, "Département"),
            Territories = o => [o.Drome],
            Pooling = [Technical("Des outils hébergés en commun pour toutes les communes accompagnées.")],
        },
        new()
        {
            Key = "teletravail", Axis = 1, Proposer = ChargeDeMission, DaysAgo = 1_180,
            Title = "Des espaces de télétravail près des gares",
            Summary = "Des postes de travail à la journée près des gares, pour éviter les longs trajets quotidiens.",
            Description = "Des espaces ouverts dans les tiers-lieux proches des gares, réservables en ligne.",
            Indicators = [Indicator("Espaces de télétravail ouverts près d'une gare", "espaces", 0, 12, adoptedOn.AddDays(1_450))],
            Budget = Budget(240_000m, "Département, intercommunalités"),
            Territories = o => [o.ValenceRomans],
        },
        new()
        {
            Key = "application-unique", Axis = 3, Proposer = ChargeDeMission, DaysAgo = 1_170,
            Title = "Une application mobile unique pour tous les services du Département",
            Summary = "Toutes les démarches et informations du Département dans une seule application.",
            Description = "Une application à installer, avec des notifications pour suivre ses démarches.",
            Indicators = [Indicator("Téléchargements de l'application", "téléchargements", 0, 50_000, adoptedOn.AddDays(1_450))],
            Budget = Budget(350_000m, "Département"),
            Territories = o => [o.Drome],
        },
    ];
}
