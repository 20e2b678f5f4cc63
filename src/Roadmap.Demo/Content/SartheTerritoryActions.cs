using static Roadmap.Demo.Content.DemoParts;

namespace Roadmap.Demo.Content;

/// <summary>Axis 4 of the Sarthe demo: digital for the development of territories.</summary>
internal static class SartheTerritoryActions
{
    public static IReadOnlyList<DemoAction> All { get; } =
    [
        new()
        {
            Key = "tiers-lieux",
            Axis = 4,
            Proposer = DemoPeople.Participant(8),
            DaysAgo = 71,
            Title = "Un réseau de tiers-lieux labellisés sur tout le département",
            Summary = "Soutenir l'ouverture et la mise en réseau de tiers-lieux : coworking, fablab, espace public numérique et café associatif.",
            Description = """
                Un tiers-lieu à moins de 20 minutes de chaque Sarthois. Le label ouvre droit à :
                - une aide à l'investissement pour l'équipement ;
                - une animation de réseau (formations, échanges de pratiques, programmation commune) ;
                - une visibilité sur une carte commune.
                """,
            Indicators =
            [
                Indicator("Tiers-lieux soutenus par le Département", "tiers-lieux", 6, 19, 2027),
                Indicator("Habitants à moins de 20 minutes d'un tiers-lieu", "%", 55, 90, 2027),
            ],
            Budget = Budget(950_000m, "Département 50 %, Banque des Territoires 30 %, Région Pays de la Loire 20 %"),
            Partners = o => [o.TiersLieu, o.BanqueDesTerritoires, o.PaysDeLaLoire],
            Territories = o => [o.MaineSaosnois, o.SudSarthe, o.LoueBrulonNoyen, o.HauteSarthe, o.GesnoisBilurien],
            Pooling =
            [
                Organisational("Une animation du réseau partagée : un coordinateur pour l'ensemble des tiers-lieux."),
                Technical("Un outil commun de réservation des postes et des salles."),
            ],
            Supports = 10,
            Outcome = DemoOutcome.InProgress(45, "Neuf tiers-lieux labellisés, quatre projets en cours d'instruction."),
        },
        new()
        {
            Key = "commerce-proximite",
            Axis = 4,
            Proposer = DemoPeople.Participant(9),
            DaysAgo = 45,
            Title = "Accompagner les commerçants et artisans vers la vente en ligne",
            Summary = "Diagnostics gratuits, ateliers pratiques et une vitrine commune pour les commerces des petites villes.",
            Description = """
                Les commerces des centres-bourgs ont découvert le retrait en magasin pendant la crise sanitaire :
                il faut **pérenniser** ces usages. Ateliers sur la fiche d'établissement en ligne, le paiement
                sans contact et la gestion des commandes.
                """,
            Indicators = [Indicator("Commerces et artisans accompagnés", "entreprises", 40, 400, 2027)],
            Budget = Budget(200_000m, "Banque des Territoires 40 %, Région Pays de la Loire 30 %, intercommunalités 30 %"),
            Partners = o => [o.BanqueDesTerritoires, o.PaysDeLaLoire],
            Territories = o => [o.LaFleche, o.SableSurSarthe, o.Mamers, o.LaFerteBernard],
            Pooling = [Organisational("Des ateliers communs aux unions commerciales de plusieurs villes.")],
            Supports = 6,
        },
        new()
        {
            Key = "teletravail",
            Axis = 4,
            Proposer = DemoPeople.Participant(12),
            DaysAgo = 52,
            Title = "Faire connaître la Sarthe aux télétravailleurs",
            Summary = "Une offre d'accueil pour les actifs qui veulent s'installer : fibre, tiers-lieux, logement, écoles, en un seul endroit.",
            Description = """
                La fibre partout est un argument rare : faisons-le savoir. Un **accueil personnalisé** des nouveaux
                arrivants, des séjours d'essai en tiers-lieu et une campagne de communication commune.
                """,
            Indicators = [Indicator("Nouveaux actifs accompagnés dans leur installation", "foyers/an", 0, 150, 2027)],
            Budget = Budget(120_000m, "Département 70 %, intercommunalités 30 %"),
            Partners = o => [o.TiersLieu],
            Territories = o => [o.Sarthe],
            Pooling = [Organisational("Un seul guichet d'accueil des nouveaux habitants, relayé par chaque intercommunalité.")],
            Supports = 4,
            Outcome = DemoOutcome.UnderReview("En cours d'examen avec l'agence d'attractivité : articulation avec les campagnes existantes."),
        },
        new()
        {
            Key = "patrimoine-numerique",
            Axis = 4,
            Proposer = DemoPeople.Elected,
            DaysAgo = 8,
            Title = "Des parcours de découverte numériques du patrimoine",
            Summary = "Des balades commentées sur smartphone dans les petites cités de caractère et le long de la vallée du Loir.",
            Description = """
                Des parcours audio et photo, **téléchargeables avant la visite** pour fonctionner sans réseau,
                écrits avec les offices de tourisme et les associations d'histoire locale.
                """,
            Indicators = [Indicator("Parcours publiés", "parcours", 0, 25, 2026)],
            Budget = Budget(60_000m, "Département 50 %, communes 50 %"),
            Territories = o => [o.LaFleche, o.PaysFlechois, o.SudSarthe],
            Pooling = [Technical("Une application unique pour tous les parcours, alimentée par chaque office de tourisme.")],
            Supports = 0,
        },
    ];
}
