using static Roadmap.Demo.Content.DemoParts;

namespace Roadmap.Demo.Content;

/// <summary>Axis 3 of the Sarthe demo: a responsible and safe digital.</summary>
internal static class SartheResponsibleActions
{
    public static IReadOnlyList<DemoAction> All { get; } =
    [
        new()
        {
            Key = "reemploi-ordinateurs",
            Axis = 3,
            Proposer = DemoPeople.Actor,
            DaysAgo = 61,
            Title = "Une filière de réemploi des ordinateurs des collectivités",
            Summary = "Collecter les ordinateurs réformés des collectivités, les reconditionner localement et les remettre à des familles et des associations.",
            Description = """
                Chaque année, des centaines d'ordinateurs encore utilisables quittent les mairies et les collèges.

                1. collecte par le Département, deux fois par an ;
                2. effacement certifié des données et reconditionnement par une structure d'insertion ;
                3. remise avec un accompagnement à la prise en main.
                """,
            Indicators =
            [
                Indicator("Ordinateurs reconditionnés et remis", "ordinateurs/an", 0, 1_500, 2027),
                Indicator("Collectivités donatrices", "collectivités", 0, 60, 2027),
            ],
            Budget = Budget(130_000m, "Département 60 %, Région Pays de la Loire 25 %, Banque des Territoires 15 %"),
            Partners = o => [o.PaysDeLaLoire, o.BanqueDesTerritoires],
            Territories = o => [o.Sarthe],
            Pooling =
            [
                Organisational("Une convention type de don, la même pour toutes les collectivités."),
                Technical("Un outil d'effacement certifié des données, partagé par les ateliers de reconditionnement."),
            ],
            Supports = 9,
            Outcome = DemoOutcome.Retained("Retenue : elle relie inclusion et sobriété, et plusieurs collectivités se sont déjà portées volontaires."),
        },
        new()
        {
            Key = "sobriete-mairies",
            Axis = 3,
            Proposer = DemoPeople.Participant(10),
            DaysAgo = 30,
            Title = "Un guide de sobriété numérique pour les mairies",
            Summary = "Des gestes simples et chiffrés pour réduire l'empreinte du numérique dans les services communaux.",
            Description = """
                Durée de vie des postes, impression, stockage des courriels, veille des écrans : un **guide court**,
                illustré par des exemples de communes sarthoises, et un atelier d'une demi-journée pour les secrétaires de mairie.
                """,
            Indicators = [Indicator("Communes ayant suivi l'atelier de sobriété", "communes", 0, 100, 2026)],
            Budget = Budget(15_000m, "Département"),
            Territories = o => [o.Sarthe],
            Pooling = [Organisational("Ateliers organisés par intercommunalité pour toutes ses communes.")],
            Supports = 2,
        },
        new()
        {
            Key = "cybersecurite",
            Axis = 3,
            Proposer = DemoPeople.Participant(11),
            DaysAgo = 54,
            Title = "Une cybersécurité mutualisée pour les petites communes",
            Summary = "Sauvegardes, mises à jour et réponse à incident partagées, pour que les petites communes ne soient plus des cibles faciles.",
            Description = """
                Une attaque par rançongiciel peut bloquer une mairie plusieurs semaines. Proposition :
                - un **diagnostic gratuit** de chaque commune volontaire ;
                - des sauvegardes externalisées mutualisées ;
                - une astreinte commune en cas d'incident.
                """,
            Indicators =
            [
                Indicator("Communes ayant réalisé un diagnostic de cybersécurité", "communes", 8, 150, 2027),
                Indicator("Communes disposant de sauvegardes externalisées", "communes", 20, 250, 2027),
            ],
            Budget = Budget(350_000m, "Département 40 %, intercommunalités 40 %, État 20 %"),
            Partners = o => [o.LeMansMetropole],
            Territories = o => o.SartheEpcis,
            Pooling =
            [
                Technical("Une infrastructure de sauvegarde commune, hébergée en Sarthe."),
                Organisational("Un marché public groupé et une astreinte partagée."),
            ],
            Supports = 7,
            Outcome = DemoOutcome.UnderReview("À l'étude avec les intercommunalités : le portage (syndicat ou Département) reste à choisir."),
        },
        new()
        {
            Key = "centre-donnees",
            Axis = 3,
            Proposer = DemoPeople.Participant(11),
            DaysAgo = 50,
            Title = "Construire un centre de données public départemental",
            Summary = "Un centre de données appartenant aux collectivités pour héberger leurs applications et leurs données.",
            Description = """
                Héberger localement les données publiques garantirait leur souveraineté et créerait des emplois
                qualifiés.
                """,
            Indicators = [Indicator("Collectivités hébergées", "collectivités", 0, 80, 2028)],
            Budget = Budget(4_500_000m, "Département, intercommunalités, emprunt"),
            Territories = o => [o.Sarthe],
            Pooling = [Technical("Hébergement mutualisé de toutes les collectivités volontaires.")],
            Supports = 2,
            Outcome = DemoOutcome.NotRetained(
                "Non retenue : le coût et l'empreinte énergétique d'un bâtiment neuf sont disproportionnés au regard des besoins. " +
                "Les besoins d'hébergement sécurisé seront couverts par l'action de cybersécurité mutualisée, qui s'appuie sur des centres existants."),
        },
    ];
}
