using static Roadmap.Demo.Content.DemoParts;

namespace Roadmap.Demo.Content;

/// <summary>Axis 5 of the Sarthe demo: infrastructures and innovation.</summary>
internal static class SartheInfrastructureActions
{
    public static IReadOnlyList<DemoAction> All { get; } =
    [
        new()
        {
            Key = "fibre-pour-tous",
            Axis = 5,
            Proposer = DemoPeople.Participant(12),
            DaysAgo = 73,
            Title = "Achever le raccordement de tous les foyers sarthois à la fibre",
            Summary = "Terminer le réseau d'initiative publique pour que 100 % des foyers puissent être raccordés à la fibre.",
            EasyRead = """
                La fibre est un câble qui apporte un internet très rapide.
                Le Département veut que toutes les maisons de la Sarthe puissent avoir la fibre.
                Il reste des maisons loin des villages.
                Le Département va trouver une solution pour chacune.
                """,
            Description = """
                Action inscrite dans la feuille de route pour mémoire : elle en est le **socle**. Le réseau a été
                construit avec les intercommunalités, dans le cadre de la gouvernance « Sarthe Numérique ».
                Les prochaines étapes portent sur les raccordements difficiles (habitat isolé, longues adductions).
                """,
            Indicators =
            [
                Indicator("Foyers pouvant être raccordés à la fibre", "%", 70, 100, 2022),
                Indicator("Écoles et mairies raccordées", "%", 40, 100, 2022),
            ],
            Budget = Budget(2_800_000m, "Département, intercommunalités, Région Pays de la Loire, État"),
            Partners = o => [o.PaysDeLaLoire, o.BanqueDesTerritoires],
            Territories = o => o.SartheEpcis,
            Pooling = [Organisational("Gouvernance partagée entre le Département et les intercommunalités.")],
            Supports = 7,
            Outcome = DemoOutcome.Done("Objectif atteint : tous les foyers sarthois peuvent être raccordés à la fibre."),
        },
        new()
        {
            Key = "zones-blanches",
            Axis = 5,
            Proposer = DemoPeople.Participant(10),
            DaysAgo = 63,
            Title = "Couvrir les dernières zones blanches de téléphonie mobile",
            Summary = "Recenser avec les maires les lieux sans réseau mobile et obtenir de nouveaux pylônes dans le cadre du programme national de couverture.",
            Description = """
                La fibre arrive dans les maisons, mais **dans les champs et sur les routes**, le téléphone ne passe
                toujours pas partout. Chaque commune signale ses zones mal couvertes ; le Département porte les
                dossiers auprès de l'équipe projet nationale.
                """,
            Indicators =
            [
                Indicator("Sites mobiles nouveaux ou améliorés", "pylônes", 12, 30, 2027),
                Indicator("Communes signalant une zone blanche", "communes", 46, 10, 2027),
            ],
            Budget = Budget(300_000m, "Opérateurs (programme national de couverture), Département pour les études"),
            Territories = o => [o.MaineSaosnois, o.HauteSarthe, o.SudSarthe, o.LoueBrulonNoyen],
            Pooling = [Technical("Mesures de couverture partagées, faites avec une même application par toutes les communes.")],
            Supports = 8,
            Outcome = DemoOutcome.Retained("Retenue : priorité forte des maires ruraux lors de la rencontre d'avril."),
        },
        new()
        {
            Key = "teleconsultation",
            Axis = 5,
            Proposer = DemoPeople.Elected,
            DaysAgo = 57,
            Title = "Des postes de téléconsultation accompagnée dans les maisons de santé",
            Summary = "Des cabinets équipés où un infirmier aide le patient pendant une consultation à distance avec un médecin.",
            Description = """
                Dans le sud du département, les délais pour voir un médecin s'allongent. La **téléconsultation
                accompagnée** ne remplace pas le médecin traitant, mais évite des trajets longs pour un
                renouvellement ou un avis spécialisé.
                """,
            Indicators = [Indicator("Postes de téléconsultation accompagnée en service", "postes", 2, 15, 2027)],
            Budget = Budget(270_000m, "Agence régionale de santé 50 %, Département 30 %, communes 20 %"),
            Territories = o => [o.LaFleche, o.PaysFlechois, o.SudSarthe],
            Pooling = [Organisational("Un planning médical commun entre maisons de santé d'un même bassin.")],
            Supports = 6,
            Outcome = DemoOutcome.Retained("Retenue, en lien avec le contrat local de santé."),
        },
        new()
        {
            Key = "capteurs-communes",
            Axis = 5,
            Proposer = DemoPeople.Participant(11),
            DaysAgo = 15,
            Title = "Des capteurs pour mieux gérer l'eau et l'éclairage dans les communes",
            Summary = "Un réseau bas débit partagé et des capteurs pour repérer les fuites d'eau et adapter l'éclairage public.",
            Description = """
                Expérimentation dans cinq communes volontaires : compteurs d'eau communicants, détection de fuites,
                éclairage à la demande. Les données restent **publiques et ouvertes**.
                """,
            Indicators = [Indicator("Volume d'eau perdu en fuites dans les communes pilotes", "%", 20, 12, 2028)],
            Budget = Budget(190_000m, "Le Mans Métropole 40 %, Banque des Territoires 40 %, communes 20 %"),
            Partners = o => [o.LeMansMetropole, o.BanqueDesTerritoires],
            Territories = o => [o.Allonnes, o.LeMans],
            Pooling =
            [
                Technical("Un réseau radio bas débit unique, ouvert à toutes les communes de la métropole."),
                Organisational("Un groupement de commandes pour les capteurs."),
            ],
            Supports = 5,
        },
    ];
}
