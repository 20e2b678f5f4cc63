using static Roadmap.Application.Domain.Participation.CommentAlignment;

namespace Roadmap.Demo.Content;

/// <summary>Discussions on the Sarthe's inclusion and public-service actions (axes 1 and 2).</summary>
internal static class SartheComments
{
    public static IReadOnlyList<DemoThread> Threads { get; } =
    [
        new("mediateurs-itinerants", new(P(1), For, """
            Enfin ! À Mamers, la permanence la plus proche n'ouvre qu'un jeudi sur deux. Ce qui compte pour moi :
            - des horaires le samedi matin ;
            - pouvoir venir sans rendez-vous.
            """,
            new DemoComment(DemoPeople.Actor, Neutral, "Merci, c'est noté. Le samedi matin figure dans le planning type, et une demi-journée par semaine sera sans rendez-vous.",
                new DemoComment(P(1), For, "Parfait, je ferai passer le message au club de marche.")))),
        new("mediateurs-itinerants", new(P(3), Neutral, "Les médiateurs seront-ils formés aux démarches de retraite et de santé ? C'est là que je bloque le plus.",
            new DemoComment(P(7), Neutral, """
                Oui : le tronc commun couvre les grands sites publics, à commencer par
                [service-public.fr](https://www.service-public.fr). Les démarches de santé y ont une séance entière.
                """))),
        new("mediateurs-itinerants", new(P(11), Neutral,
            "Sur la métropole, les maisons de quartier tiennent déjà des permanences. Proposition : les inscrire au planning commun plutôt que d'en créer de nouvelles.")),

        new("bus-numerique", new(P(10), Neutral, "J'accepte la fusion, à condition que les tournées dans les bourgs soient bien écrites dans l'action commune.",
            new DemoComment(DemoPeople.Facilitator, Neutral, "C'est écrit dans la fiche retenue : « tournées dans les bourgs sans permanence ». L'historique de l'action garde la trace de la fusion."))),
        new("bus-numerique", new(P(6), Against,
            "Un bus une fois par mois, ce n'est pas assez. Mieux vaut une permanence fixe dans chaque chef-lieu de canton.")),

        new("ateliers-aines", new(P(3), For, """
            Au club de Sablé, nous sommes une vingtaine à être intéressés. **Le plus utile** pour nous :
            1. les appels vidéo avec les petits-enfants ;
            2. le compte de l'Assurance maladie.
            """,
            new DemoComment(P(7), For, "Merci ! Nous pouvons commencer par votre club dès que l'action sera retenue.",
                new DemoComment(P(3), For, "Je vous laisse mes coordonnées à l'accueil de la mairie.")))),
        new("ateliers-aines", new(P(2), Neutral,
            "Des étudiants pourraient animer des séances en service civique ou en bénévolat : c'est aussi du lien entre générations.")),

        new("pass-numerique", new(P(9), Neutral,
            "Pour le suivi, comptons les carnets **utilisés**, pas seulement distribués : c'est le seul chiffre qui dit si le dispositif marche.",
            new DemoComment(P(12), For, "Bonne remarque : le taux d'utilisation figurera dans le prochain bilan d'avancement."))),
        new("pass-numerique", new(P(5), Against,
            "Je préférerais des financements directs aux associations : les chèques compliquent la vie des petites structures.",
            new DemoComment(DemoPeople.Actor, Neutral, "Côté association, le remboursement des pass se fait en ligne en quelques minutes : ce n'est pas notre principale difficulté.",
                new DemoComment(P(5), Neutral, "Merci pour ce retour de terrain, je nuance donc mon avis.")))),

        new("guichet-unique", new(P(4), Against, """
            Attention au « tout en ligne » : ma mère ne pourra jamais créer un compte.
            Le téléphone doit rester **une vraie option**, pas un numéro qui renvoie vers le site.
            """,
            new DemoComment(P(12), Neutral, "C'est pourquoi la fiche prévoit que chaque démarche puisse aussi se faire par téléphone. Nous en ferons un indicateur suivi."))),
        new("guichet-unique", new(P(2), For, "Un compte unique, oui ! Et si possible avec une connexion par FranceConnect.")),

        new("france-services", new(P(6), For,
            "L'espace France Services m'a permis de finir ma déclaration PAC : sans imprimante à la maison, c'est indispensable.")),
        new("france-services", new(P(10), Neutral, "Mamers est candidate pour la prochaine vague d'équipement.",
            new DemoComment(DemoPeople.Elected, For, "Bien noté : nous appuierons la candidature de Mamers auprès du Département."))),

        new("donnees-ouvertes", new(P(2), For, """
            Étudiant en informatique, je vois tout de suite des applications utiles si les horaires de transport sont
            publiés dans un format ouvert, comme sur [transport.data.gouv.fr](https://transport.data.gouv.fr).
            """)),

        new("facile-a-lire", new(P(4), For, "Très bonne idée. Je veux bien faire partie des habitants relecteurs.")),
    ];

    private static string P(int number) => DemoPeople.Participant(number);
}
