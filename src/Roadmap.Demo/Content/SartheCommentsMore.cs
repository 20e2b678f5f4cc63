using static Roadmap.Application.Domain.Participation.CommentAlignment;

namespace Roadmap.Demo.Content;

/// <summary>Discussions on the Sarthe's responsible, territorial and infrastructure actions (axes 3 to 5).</summary>
internal static class SartheCommentsMore
{
    public static IReadOnlyList<DemoThread> Threads { get; } =
    [
        new("reemploi-ordinateurs", new(P(5), For, "Ma commune jette encore ses vieux postes : j'en parle au prochain conseil municipal.")),
        new("reemploi-ordinateurs", new(P(8), Neutral, "La Grange numérique peut servir de point de collecte pour le Saosnois.",
            new DemoComment(DemoPeople.Actor, For, "Merci, nous vous ajoutons à la carte des points de collecte."))),

        new("sobriete-mairies", new(DemoPeople.Actor, For,
            "On pourrait y ajouter une page sur le don des postes réformés, en lien avec la filière de réemploi.")),

        new("cybersecurite", new(DemoPeople.Elected, For,
            "Une mairie voisine a été bloquée trois semaines par un rançongiciel. Une astreinte commune rassurerait beaucoup les secrétaires de mairie.")),
        new("cybersecurite", new(P(9), Neutral,
            "Le portage par un syndicat qui existe déjà serait plus simple et plus rapide qu'une nouvelle structure.")),

        new("centre-donnees", new(P(11), Neutral,
            "Je prends acte de la décision. Je resterai attentif à ce que l'hébergement retenu se trouve en France.")),
        new("centre-donnees", new(P(5), Against,
            "Un bâtiment neuf pour quelques dizaines de collectivités, c'est beaucoup d'énergie pour peu d'usage. Décision sage.")),

        new("tiers-lieux", new(P(5), For, "Je télétravaille trois jours par semaine : un tiers-lieu près de chez moi m'éviterait l'isolement.",
            new DemoComment(P(8), For, "Venez nous voir à Mamers en attendant : la première journée de coworking est offerte !",
                new DemoComment(P(5), For, "C'est noté, merci !")))),
        new("tiers-lieux", new(P(6), Neutral, """
            Pensez aussi aux besoins agricoles dans les tiers-lieux :
            - un atelier de réparation du matériel ;
            - des formations aux outils connectés (stations météo, capteurs d'irrigation).
            """)),

        new("commerce-proximite", new(P(1), For, "Le retrait en magasin a sauvé ma librairie préférée pendant la crise sanitaire. À pérenniser !")),

        new("teletravail", new(P(5), For, "C'est exactement mon parcours : arrivé de région parisienne pour la fibre et le calme.")),

        new("fibre-pour-tous", new(P(6), For, "Raccordée l'an dernier : cela a changé mon quotidien à la ferme.")),

        new("zones-blanches", new(P(6), For, "Dans nos champs, impossible d'appeler en cas d'accident de tracteur. C'est une question de **sécurité**.",
            new DemoComment(P(10), For, "Exactement. J'invite chaque maire à signaler ses zones mal couvertes avec l'application de mesure."))),

        new("teleconsultation", new(P(3), Neutral, "Rassurant si un infirmier est présent. Seule devant un écran, je n'oserais pas.",
            new DemoComment(DemoPeople.Elected, Neutral, "C'est tout le principe : la personne n'est jamais seule, un professionnel de santé reste à ses côtés."))),
        new("teleconsultation", new(P(1), Against,
            "On risque d'accepter des déserts médicaux « compensés » par des écrans. Il faut d'abord attirer des médecins.")),

        new("capteurs-communes", new(P(4), Neutral, "Qui aura accès aux données des compteurs d'eau de chaque foyer ?",
            new DemoComment(P(11), Neutral, "Seules des données agrégées par quartier seront publiées ; les relevés individuels restent chez le gestionnaire de l'eau."))),
    ];

    private static string P(int number) => DemoPeople.Participant(number);
}
