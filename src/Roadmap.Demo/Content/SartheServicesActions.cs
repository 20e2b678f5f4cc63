using static Roadmap.Demo.Content.DemoParts;

namespace Roadmap.Demo.Content;

/// <summary>Axis 2 of the Sarthe demo: simple and humane public services.</summary>
internal static class SartheServicesActions
{
    public static IReadOnlyList<DemoAction> All { get; } =
    [
        new()
        {
            Key = "guichet-unique",
            Axis = 2,
            Proposer = DemoPeople.Participant(12),
            DaysAgo = 64,
            Title = "Un guichet unique en ligne pour les démarches du Département",
            Summary = "Une seule adresse et un seul compte pour demander une aide, suivre un dossier ou prendre rendez-vous.",
            EasyRead = """
                Un seul site internet pour toutes les démarches du Département.
                Vous avez un seul mot de passe.
                Vous pouvez demander une aide et suivre votre demande.
                Vous recevez des nouvelles de votre demande par message sur votre téléphone.
                Vous pouvez aussi tout faire par téléphone.
                """,
            Description = """
                Aujourd'hui, chaque aide départementale a son formulaire. Nous proposons **un compte unique**,
                des formulaires courts, le suivi du dossier par SMS et la possibilité de tout faire aussi par téléphone.
                """,
            Indicators =
            [
                Indicator("Démarches départementales disponibles en ligne", "démarches", 12, 45, 2027),
                Indicator("Usagers satisfaits de la démarche en ligne", "%", null, 85, 2027),
            ],
            Budget = Budget(600_000m, "Département 80 %, État 20 %"),
            Territories = o => [o.Sarthe],
            Pooling = [Technical("Le guichet est proposé aux communes qui veulent y publier leurs propres démarches.")],
            Supports = 6,
            Outcome = DemoOutcome.Retained("Retenue : elle répond directement à l'ambition d'un numérique au service des habitants."),
        },
        new()
        {
            Key = "france-services",
            Axis = 2,
            Proposer = DemoPeople.Elected,
            DaysAgo = 69,
            Title = "Un point numérique équipé dans chaque espace France Services",
            Summary = "Wifi public, ordinateurs, scanner et imprimante en libre accès, avec un agent formé pour aider.",
            Description = """
                Les espaces France Services reçoivent des personnes qui n'ont souvent **ni ordinateur ni imprimante**.
                Un point numérique équipé et un agent formé permettent de finir la démarche sur place.

                Inspiration : les maisons départementales des solidarités équipées de wifi et de tablettes dans
                d'autres départements.
                """,
            Indicators = [Indicator("Espaces France Services équipés d'un point numérique", "sites", 4, 20, 2026)],
            Budget = Budget(180_000m, "Banque des Territoires 50 %, Département 30 %, communes 20 %"),
            Partners = o => [o.BanqueDesTerritoires],
            Territories = o => [o.LaFleche, o.Mamers, o.SableSurSarthe, o.LaFerteBernard],
            Pooling =
            [
                Technical("Achat groupé du matériel par le Département pour toutes les communes volontaires."),
                Organisational("Formation commune des agents d'accueil, une session par trimestre."),
            ],
            Supports = 8,
            Outcome = DemoOutcome.InProgress(60, "12 espaces équipés sur 20 ; les suivants en cours de commande."),
        },
        new()
        {
            Key = "donnees-ouvertes",
            Axis = 2,
            Proposer = DemoPeople.Participant(11),
            DaysAgo = 40,
            Title = "Un portail de données ouvertes partagé par les collectivités sarthoises",
            Summary = "Publier en un seul endroit les données utiles : horaires, équipements, transports, qualité de l'eau.",
            Description = """
                Les petites communes n'ont pas les moyens d'ouvrir leurs données seules. Un **portail commun**,
                administré par Le Mans Métropole et le Département, leur offrirait un espace prêt à l'emploi.
                Voir par exemple le portail national [data.gouv.fr](https://www.data.gouv.fr).
                """,
            Indicators = [Indicator("Jeux de données publiés", "jeux de données", 35, 200, 2027)],
            Budget = Budget(80_000m, "Le Mans Métropole 50 %, Département 50 %"),
            Partners = o => [o.LeMansMetropole],
            Territories = o => [o.Sarthe],
            Pooling = [Technical("Une seule plateforme, un espace par collectivité, des formats communs.")],
            Supports = 3,
        },
        new()
        {
            Key = "facile-a-lire",
            Axis = 2,
            Proposer = DemoPeople.Participant(7),
            DaysAgo = 22,
            Title = "Réécrire les démarches en langage facile à lire et à comprendre",
            Summary = "Relire les formulaires et courriers les plus utilisés avec des habitants, pour qu'ils soient compris du premier coup.",
            EasyRead = """
                Certains papiers du Département sont difficiles à comprendre.
                Nous allons les écrire avec des mots simples.
                Des habitants vont relire les nouveaux papiers avec nous.
                Nous commençons par les 10 papiers les plus utilisés.
                """,
            Description = """
                Beaucoup d'abandons viennent du vocabulaire, pas de l'outil. Nous proposons de réécrire
                les **10 démarches les plus utilisées** en « facile à lire et à comprendre » (FALC), avec des
                groupes d'habitants relecteurs.
                """,
            Indicators = [Indicator("Démarches réécrites et testées avec des habitants", "démarches", 0, 10, 2026)],
            Budget = Budget(25_000m, "Département"),
            Partners = o => [o.MediationAssociation],
            Territories = o => [o.Sarthe],
            Pooling = [Organisational("Les textes réécrits sont partagés librement avec toutes les communes.")],
            Supports = 5,
        },
    ];
}
