using static Roadmap.Demo.Content.DemoParts;

namespace Roadmap.Demo.Content;

/// <summary>Axis 1 of the Sarthe demo: digital inclusion.</summary>
internal static class SartheInclusionActions
{
    public static IReadOnlyList<DemoAction> All { get; } =
    [
        new()
        {
            Key = "mediateurs-itinerants",
            Axis = 1,
            Proposer = DemoPeople.Actor,
            DaysAgo = 72,
            Title = "Un réseau de médiateurs numériques itinérants dans chaque intercommunalité",
            Summary = "Des conseillers numériques qui se déplacent de mairie en mairie pour aider aux démarches et former aux usages de base.",
            EasyRead = """
                Des personnes viennent dans votre mairie pour vous aider avec internet.
                Elles vous aident à faire vos démarches sur internet.
                Elles vous apprennent à utiliser un ordinateur ou un téléphone.
                Vous pouvez prendre rendez-vous par téléphone.
                """,
            Description = """
                **Constat** : près d'un habitant sur deux n'a que des usages très simples d'internet, et les
                permanences existantes sont concentrées dans les villes.

                **Ce que nous proposons**
                - une équipe de médiateurs par intercommunalité, avec un planning de permanences en mairie ;
                - un numéro unique pour prendre rendez-vous, y compris par téléphone ;
                - un tronc commun de formation et des outils partagés entre associations.
                """,
            Indicators =
            [
                Indicator("Personnes accompagnées par les médiateurs numériques", "personnes/an", 1_200, 5_000, 2027),
                Indicator("Intercommunalités disposant d'une permanence régulière", "EPCI", 4, 10, 2026),
            ],
            Budget = Budget(420_000m, "Département 50 %, Banque des Territoires 30 %, intercommunalités 20 %"),
            Partners = o => [o.BanqueDesTerritoires, o.TiersLieu],
            Territories = o => o.SartheEpcis,
            Pooling =
            [
                Organisational("Un seul planning de permanences partagé entre les intercommunalités voisines."),
                Technical("Un outil de prise de rendez-vous commun, hébergé par le Département."),
            ],
            Supports = 12,
            Outcome = DemoOutcome.Retained("Retenue : c'est l'attente la plus exprimée lors de la rencontre d'avril. Elle absorbe la proposition de bus numérique."),
        },
        new()
        {
            Key = "bus-numerique",
            Axis = 1,
            Proposer = DemoPeople.Participant(10),
            DaysAgo = 66,
            Title = "Un bus numérique pour les bourgs sans permanence",
            Summary = "Un véhicule équipé d'ordinateurs et d'une connexion, qui stationne chaque semaine dans les petites communes du nord Sarthe.",
            Description = """
                Dans le Saosnois, beaucoup d'habitants n'ont ni voiture ni ordinateur. Un **bus équipé** viendrait à
                eux : jour de marché, parking de la mairie, avec un médiateur à bord.
                """,
            Indicators = [Indicator("Communes desservies chaque mois", "communes", 0, 40, 2026)],
            Budget = Budget(150_000m, "Département 70 %, Région Pays de la Loire 30 %"),
            Territories = o => [o.MaineSaosnois, o.Mamers],
            Pooling = [Organisational("Bus partagé entre plusieurs intercommunalités, selon un calendrier de tournée commun.")],
            Supports = 4,
            Outcome = DemoOutcome.MergedInto("mediateurs-itinerants", "Fusionnée avec le réseau de médiateurs itinérants, qui prévoit des tournées dans les bourgs ; le bus pourra en être un moyen."),
        },
        new()
        {
            Key = "ateliers-aines",
            Axis = 1,
            Proposer = DemoPeople.Participant(7),
            DaysAgo = 58,
            Title = "Des ateliers numériques pour les aînés, dans les clubs et les résidences",
            Summary = "Des séances courtes et régulières, sur tablette, là où les aînés se retrouvent déjà.",
            EasyRead = """
                Des cours pour les personnes âgées.
                Les cours ont lieu dans les clubs et dans les maisons de retraite.
                Vous apprenez à utiliser une tablette.
                Par exemple : appeler votre famille en vidéo.
                Ou prendre un rendez-vous chez le médecin.
                """,
            Description = """
                Les aînés viennent peu aux permanences : allons dans les **clubs, résidences autonomie et EHPAD**.
                Programme type : appel vidéo avec la famille, prise de rendez-vous médical, sécurité en ligne.
                """,
            Indicators =
            [
                Indicator("Aînés ayant suivi un cycle d'ateliers", "personnes/an", 150, 1_000, 2026),
                Indicator("Établissements partenaires", "établissements", 5, 40, 2026),
            ],
            Budget = Budget(90_000m, "Conférence des financeurs de la prévention de la perte d'autonomie, Département"),
            Partners = o => [o.MediationAssociation],
            Territories = o => [o.Sarthe],
            Pooling = [Technical("Un parc de tablettes prêté à tour de rôle entre établissements.")],
            Supports = 6,
            Outcome = DemoOutcome.UnderReview("Examen en cours avec les services de l'autonomie du Département, pour éviter les doublons avec l'existant."),
        },
        new()
        {
            Key = "pass-numerique",
            Axis = 1,
            Proposer = DemoPeople.Participant(12),
            DaysAgo = 70,
            Title = "Des « pass numériques » pour se former gratuitement",
            Summary = "Des carnets de chèques remis par les travailleurs sociaux, échangeables contre des heures de formation chez un médiateur agréé.",
            Description = """
                Le pass permet d'orienter une personne **sans lui faire payer** sa formation, et de mesurer ce qui est fait.
                Distribution par les maisons départementales des solidarités, les CCAS et les espaces France Services.
                """,
            Indicators =
            [
                Indicator("Carnets de pass numériques distribués", "carnets", 0, 3_000, 2026),
                Indicator("Part des résidents n'ayant que des usages basiques d'internet", "%", 50, 35, 2028),
            ],
            Budget = Budget(240_000m, "Département 60 %, Banque des Territoires 40 %"),
            Partners = o => [o.MediationAssociation, o.BanqueDesTerritoires],
            Territories = o => [o.Sarthe],
            Pooling = [Organisational("Un seul réseau de lieux agréés, commun aux communes et au Département.")],
            Supports = 7,
            Outcome = DemoOutcome.InProgress(35, "1 050 carnets remis ; 24 lieux agréés à ce jour."),
        },
    ];
}
