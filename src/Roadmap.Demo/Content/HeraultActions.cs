using static Roadmap.Application.Domain.Participation.CommentAlignment;
using static Roadmap.Demo.Content.DemoParts;

namespace Roadmap.Demo.Content;

/// <summary>The actions, co-signatures and discussions of the second demo roadmap.</summary>
internal static class HeraultActions
{
    private static readonly string Departement = DemoPeople.Participant(13);
    private static readonly string PicSaintLoup = DemoPeople.Participant(14);
    private static readonly string Mediatrice = DemoPeople.Participant(15);
    private static readonly string Habitant = DemoPeople.Participant(16);

    public static IReadOnlyList<DemoAction> All { get; } =
    [
        new()
        {
            Key = "foyers-isoles", Axis = 5, Proposer = Departement, DaysAgo = 110,
            Title = "Raccorder les derniers foyers isolés au très haut débit",
            Summary = "Remplacer le réseau hertzien à 6 Mbit/s des hameaux isolés par la fibre ou, à défaut, par une solution radio à très haut débit.",
            Description = "Les hameaux encore desservis par le réseau hertzien historique sont recensés commune par commune ; chaque cas reçoit **la meilleure solution disponible** et une date.",
            Indicators = [Indicator("Foyers encore limités à moins de 8 Mbit/s", "foyers", 4_200, 0, 2026)],
            Budget = Budget(1_900_000m, "Département 60 %, Région Occitanie 20 %, État 20 %"),
            Partners = o => [o.Occitanie],
            Territories = o => [o.LodevoisLarzac, o.GrandPicSaintLoup],
            Pooling = [Technical("Études de raccordement groupées par vallée pour réduire les coûts.")],
            Supports = 3,
            Outcome = DemoOutcome.Retained("Retenue : c'est la condition de toutes les autres actions dans l'arrière-pays."),
        },
        new()
        {
            Key = "espaces-mutualises", Axis = 4, Proposer = PicSaintLoup, DaysAgo = 100,
            Title = "Des espaces publics numériques partagés entre communes voisines",
            Summary = "Un espace numérique par bassin de vie, financé et animé en commun par les communes qui l'entourent.",
            Description = "Aucune petite commune ne peut porter seule un espace numérique ; à plusieurs, c'est possible. Une convention type fixe la contribution de chacune.",
            Indicators = [Indicator("Bassins de vie dotés d'un espace partagé", "bassins", 3, 12, 2027)],
            Budget = Budget(480_000m, "Département 50 %, intercommunalités 30 %, communes 20 %"),
            Partners = o => [o.HeraultAssociation],
            Territories = o => [o.GrandPicSaintLoup, o.LodevoisLarzac],
            Pooling = [Organisational("Une convention type et un animateur partagé entre les communes d'un bassin.")],
            Supports = 3,
            Outcome = DemoOutcome.UnderReview("Examinée en atelier avec les intercommunalités volontaires."),
        },
        new()
        {
            Key = "participation-communes", Axis = 3, Proposer = PicSaintLoup, DaysAgo = 60,
            Title = "Un outil de participation citoyenne clé en main pour les communes",
            Summary = "Consultations, budgets participatifs et signalements, proposés aux communes sans frais d'installation.",
            Description = "Le Département met à disposition un outil libre, hébergé en commun ; chaque commune l'utilise à ses couleurs.",
            Indicators = [Indicator("Communes utilisant l'outil de participation", "communes", 0, 60, 2027)],
            Budget = Budget(70_000m, "Département"),
            Territories = o => [o.Herault],
            Pooling = [Technical("Une seule instance hébergée, un espace par commune.")],
            Supports = 1,
        },
        new()
        {
            Key = "sentiers-connectes", Axis = 2, Proposer = Departement, DaysAgo = 90,
            Title = "Une application des sentiers et sites sportifs de l'arrière-pays",
            Summary = "Randonnée, trail, escalade, canoë : une carte unique, utilisable hors connexion, alimentée par les offices de tourisme.",
            Description = "Les informations existent mais sont dispersées. Une **carte unique**, fonctionnant sans réseau, avec l'état des sentiers mis à jour par les gestionnaires.",
            Indicators = [Indicator("Itinéraires publiés et tenus à jour", "itinéraires", 120, 400, 2026)],
            Budget = Budget(150_000m, "Département 70 %, Région Occitanie 30 %"),
            Partners = o => [o.Occitanie, o.MontpellierMetropole],
            Territories = o => [o.GrandPicSaintLoup, o.LodevoisLarzac],
            Pooling = [Technical("Des données d'itinéraires dans un format ouvert commun, réutilisables par tous.")],
            Supports = 2,
            Outcome = DemoOutcome.UnderReview("En attente de l'avis des offices de tourisme, consultés en atelier."),
        },
        new()
        {
            Key = "reemploi-colleges", Axis = 1, Proposer = Mediatrice, DaysAgo = 105,
            Title = "Donner une seconde vie aux ordinateurs des collèges",
            Summary = "Reconditionner les ordinateurs réformés des collèges et les prêter aux familles qui n'en ont pas.",
            Description = "Chaque renouvellement de parc libère des postes encore utiles. Reconditionnés par une structure d'insertion, ils sont **prêtés avec un accompagnement**.",
            Indicators = [Indicator("Ordinateurs reconditionnés et prêtés aux familles", "ordinateurs/an", 0, 800, 2026)],
            Budget = Budget(110_000m, "Département 80 %, Région Occitanie 20 %"),
            Partners = o => [o.HeraultAssociation],
            Territories = o => [o.Herault],
            Pooling = [Organisational("Une collecte commune aux collèges et aux collectivités volontaires.")],
            Supports = 2,
            Outcome = DemoOutcome.Retained("Retenue : peu coûteuse, utile aux familles et sobre."),
        },
        new()
        {
            Key = "donnees-communes", Axis = 3, Proposer = Departement, DaysAgo = 40,
            Title = "Enrichir le portail de données ouvertes avec les données des communes",
            Summary = "Aider les communes à publier leurs données (équipements, horaires, délibérations) sur le portail départemental.",
            Description = "Un accompagnement d'une journée par commune et des modèles de fichiers prêts à remplir.",
            Indicators = [Indicator("Communes publiant au moins un jeu de données", "communes", 15, 120, 2027)],
            Budget = Budget(40_000m, "Département"),
            Territories = o => [o.Herault],
            Pooling = [Technical("Modèles de données communs à toutes les communes.")],
        },
    ];

    public static IReadOnlyList<DemoEndorsement> Endorsements { get; } =
    [
        new("foyers-isoles", Departement),
        new("reemploi-colleges", Departement),
        new("espaces-mutualises", PicSaintLoup),
    ];

    public static IReadOnlyList<DemoThread> Threads { get; } =
    [
        new("foyers-isoles", new(Habitant, For, "Dans mon hameau du Lodévois, on plafonne à 4 Mbit/s : impossible de télétravailler. Vivement !",
            new DemoComment(Departement, Neutral, "Votre hameau fait partie du recensement : chaque foyer concerné recevra un courrier avec la solution proposée."))),
        new("espaces-mutualises", new(Mediatrice, For, "Nous animons déjà deux espaces de ce type : nous pouvons partager notre convention et nos retours d'expérience.")),
        new("sentiers-connectes", new(Habitant, Against, "Encore une application… Un bon balisage sur le terrain reste plus utile qu'un téléphone sans batterie.",
            new DemoComment(Departement, Neutral, "Les deux vont ensemble : la carte reprend le balisage existant et fonctionne hors connexion."))),
        new("reemploi-colleges", new(PicSaintLoup, For, "Les écoles de notre intercommunalité pourraient rejoindre la collecte.")),
    ];

    public static DemoRoadmapContent Content { get; } = new(All, Endorsements, Threads, DemoPeople.HeraultSupporters);
}
