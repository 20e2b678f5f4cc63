using Roadmap.Application.Domain.Actions;

namespace Roadmap.Demo.Content;

/// <summary>
/// What became of the Drôme's actions after the vote, in days after the adoption: illustrative values
/// (« données de démonstration »), measured each year, so that some indicators are late (the fibre, past
/// its due date; the online procedures), some on track (4G sites, people trained, communes helped), one
/// achieved (the nineteen tiers-lieux) and one not measured yet (telework spaces).
/// </summary>
internal static class DromeFollowUps
{
    /// <summary>The days, after the adoption, of the two annual reports and of the latest mid-year reading.</summary>
    public const int FirstYear = 358;
    public const int SecondYear = 723;
    public const int Latest = 1_015;

    private static readonly string Pilote = DemoPeople.Pilot;
    private static readonly string ChargeDeMission = DemoPeople.Participant(18);

    public static IReadOnlyList<DemoFollowUp> All { get; } =
    [
        new()
        {
            Key = "fibre-thd", Pilots = [Pilote], Rule = ProgressRule.FromIndicators, BaselineDay = -7,
            Decision = DemoOutcome.Retained("Retenue par l'assemblée départementale : c'est le socle de toutes les autres actions."),
            Values = [new(FirstYear, 118_000), new(SecondYear, 141_000), new(Latest, 149_500, "Relevé transmis par le syndicat mixte.")],
            Updates =
            [
                new(FirstYear + 15, Pilote, "Comité de pilotage : 118 000 foyers raccordables",
                    """
                    Le comité de pilotage réuni avec **Ardèche Drôme Numérique** a fait le point sur la première année :

                    - 23 000 foyers de plus peuvent être raccordés à la fibre ;
                    - les travaux avancent dans toutes les intercommunalités ;
                    - les hameaux de montagne sont programmés pour la fin du chantier.

                    *Chiffres de démonstration.*
                    """,
                    ActionStatus.InProgress),
                new(SecondYear + 20, Pilote, "Échéance passée : le point sur les zones de montagne",
                    """
                    L'objectif de 160 000 foyers n'est pas atteint à l'échéance prévue : **141 000 foyers** sont raccordables.

                    Les derniers raccordements, dans le **Diois** et les **Baronnies**, demandent des travaux de génie civil
                    plus longs que prévu. Un nouveau calendrier, commune par commune, sera présenté aux maires.

                    *Chiffres de démonstration.*
                    """),
            ],
            Difficulty = new(SecondYear + 21, ActionDifficulty.Late,
                "Les derniers raccordements, en zone de montagne (Diois, Baronnies), demandent des travaux de génie civil plus longs que prévu : l'objectif est décalé d'un an."),
            BudgetYears = [(9_000_000m, 6_500_000m), (8_000_000m, 7_400_000m), (5_500_000m, 2_600_000m)],
        },
        new()
        {
            Key = "pylones-4g", Pilots = [ChargeDeMission],
            Decision = DemoOutcome.Retained("Retenue : la couverture mobile reste la première demande des maires ruraux."),
            Start = new(60, 10, "Lancement : les premières zones sont désignées avec l'État et les opérateurs."),
            Values = [new(FirstYear, 6), new(SecondYear, 13), new(Latest, 21)],
        },
        new()
        {
            Key = "tiers-lieux", Pilots = [Pilote],
            Decision = DemoOutcome.Retained("Retenue : les tiers-lieux rapprochent services, emploi et formation."),
            Values = [new(FirstYear, 7), new(SecondYear, 14), new(Latest - 10, 19)],
            Updates =
            [
                new(130, Pilote, "Premier appel à projets : sept tiers-lieux retenus",
                    """
                    Le jury a retenu **sept projets**, dans quatre intercommunalités. Chacun associe un espace public
                    numérique, des postes de coworking et un animateur.

                    Le prochain appel à projets ouvrira à l'automne.
                    """,
                    ActionStatus.InProgress, 35),
                new(SecondYear - 23, Pilote, "Deuxième vague : quatorze tiers-lieux financés",
                    """
                    Sept nouveaux tiers-lieux sont financés, dont deux dans le **Diois**. Le réseau des tiers-lieux
                    drômois se réunit désormais chaque trimestre.
                    """,
                    ActionStatus.InProgress, 75),
                new(Latest - 5, Pilote, "Le dix-neuvième tiers-lieu est financé",
                    """
                    Avec le financement du **dix-neuvième tiers-lieu**, l'objectif de l'action est atteint.
                    Le réseau continue : ses animateurs partagent formations et programmes.
                    """,
                    ActionStatus.Done, 100),
            ],
            BudgetYears = [(420_000m, 180_000m), (460_000m, 400_000m), (320_000m, 310_000m)],
        },
        new()
        {
            Key = "formation-usages", Pilots = [Pilote, ChargeDeMission], BaselineDay = -7,
            Decision = DemoOutcome.Retained("Retenue : l'accompagnement humain reste la priorité."),
            Values = [new(FirstYear, 3_300), new(SecondYear, 4_400), new(Latest, 4_950)],
            Correction = new(SecondYear, SecondYear + 37, 4_100,
                "Doublons retirés : des personnes formées dans deux lieux différents étaient comptées deux fois."),
            Updates =
            [
                new(FirstYear + 7, ChargeDeMission, "Une première année de permanences",
                    """
                    Les conseillers numériques tiennent désormais des permanences dans **vingt-deux lieux**.
                    Les ateliers les plus demandés : les démarches en ligne et la recherche d'emploi.
                    """,
                    ActionStatus.InProgress, 25),
                new(Latest + 5, Pilote, "Près de 5 000 personnes formées cette année",
                    """
                    La fréquentation des ateliers continue de croître. Un planning commun des permanences est
                    publié chaque mois pour tout le département.

                    *Chiffres de démonstration.*
                    """,
                    ActionStatus.InProgress, 70),
            ],
            BudgetYears = [(150_000m, 140_000m), (160_000m, 155_000m), (170_000m, 90_000m)],
        },
        new()
        {
            Key = "demarches-en-ligne", Pilots = [Pilote], Rule = ProgressRule.FromIndicators, BaselineDay = -7,
            Decision = DemoOutcome.Retained("Retenue : une administration tournée vers l'usager, avec un accueil humain à côté."),
            Start = new(45, 0, "Lancement : l'inventaire des démarches commence avec les directions du Département."),
            Values = [new(FirstYear, 48), new(SecondYear, 55), new(Latest, 58)],
        },
        new()
        {
            Key = "communes-accompagnees", Pilots = [ChargeDeMission], Rule = ProgressRule.FromIndicators,
            Decision = DemoOutcome.Retained("Retenue : la plupart des petites communes n'ont pas de service informatique."),
            Start = new(90, 0, "Lancement : les premières communes sont accompagnées."),
            Values = [new(FirstYear, 30), new(SecondYear, 70), new(Latest, 104)],
        },
        new()
        {
            Key = "teletravail", Pilots = [Pilote],
            Decision = DemoOutcome.Retained("Retenue : elle sera engagée quand les tiers-lieux proches des gares seront ouverts."),
        },
        new()
        {
            Key = "application-unique",
            Decision = DemoOutcome.NotRetained("Non retenue : ces services existent déjà sur le site du Département ; l'effort ira à l'accompagnement."),
        },
    ];
}
