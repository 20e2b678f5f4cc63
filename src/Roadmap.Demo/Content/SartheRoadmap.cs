using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Demo.Content;

/// <summary>
/// The main demo: the Sarthe's roadmap of digital uses, open for proposals and supports, run by the
/// Département's élue in charge of digital matters with an itinerant digital adviser.
/// </summary>
internal static class SartheRoadmap
{
    public const string Slug = "usages-numeriques-sarthe";
    public const int MaxSupportsPerParticipant = 10;

    private const string Description = """
        ## Pourquoi cette feuille de route ?

        La Sarthe a d'abord misé sur les réseaux : avec les intercommunalités, réunies dans la gouvernance
        « Sarthe Numérique », le Département a conduit le raccordement de tous les Sarthois à la fibre, achevé
        en 2022. Il reste maintenant l'essentiel : que ces réseaux **changent vraiment la vie** des habitants,
        des entreprises et des collectivités, et qu'ils rendent le territoire plus attractif.

        La démarche, engagée en 2020 et cofinancée par la Banque des Territoires, a pris son élan un mardi
        27 avril, lors de la première **rencontre des usages numériques de la Sarthe**, tenue en visioconférence
        avec le Département, de nombreux maires, des élu·es intercommunaux et des acteurs du numérique.
        Cette plateforme prolonge cette rencontre : la feuille de route s'écrit ici, avec vous.

        ## Trois ambitions

        1. **Un numérique au service des habitants** : des services simples, et personne laissé de côté.
        2. **Un numérique responsable** : sobre, sûr, respectueux des données et de l'environnement.
        3. **Un numérique qui fait vivre les territoires** : emploi, commerce, tiers-lieux, télétravail.

        ## De quels usages parle-t-on ?

        - les **services numériques** : démarches en ligne, applications de mobilité, téléconsultation… ;
        - les **nouveaux outils** : tablettes, smartphones, objets connectés… ;
        - les **pratiques nouvelles** : économie collaborative, télétravail, coworking… ;
        - les **infrastructures** qui les portent : très haut débit, 4G et 5G, centres de données, capteurs…

        ## Pourquoi à l'échelle du Département ?

        C'est la bonne échelle pour une politique territoriale, et le Département y est reconnu depuis le
        succès du déploiement de la fibre. Les initiatives locales sont nombreuses : il faut les mettre en
        réseau, les coordonner, les soutenir et les amplifier. Et les besoins grandissent vite : crise
        sanitaire, nouveaux habitants, écarts entre territoires, fragilité numérique d'une partie de la
        population, essor des lieux et réseaux d'innovation.

        ## Comment participer ?

        Pendant la **concertation**, les élu·es et les acteurs du territoire proposent des fiches actions ;
        chacun·e peut les commenter et soutenir jusqu'à 10 actions. Les **ateliers** permettront ensuite
        d'en débattre, en visio ou en salle, avant l'**arbitrage** et l'adoption par l'assemblée départementale.
        """;

    public static DemoRoadmapPlan Plan { get; } = new()
    {
        Owner = o => o.Sarthe,
        Title = "Feuille de route territoriale des usages numériques",
        Slug = Slug,
        Summary = "Que la fibre, achevée en 2022, change vraiment la vie des Sarthois : proposez et soutenez les actions des usages numériques du Département.",
        Description = Description,
        CreatedDaysAgo = 400,
        // The concertation runs around today; the diagnostic (told in the description) took the nine months before.
        Schedule = new([-349, -75, 46, 106, 151, 152], LastEnds: 4 * 365),
        Rules = new VotingRules(SupportEligibility.AllRegistered, MaxSupportsPerParticipant),
        Axes = Axes,
        Team = new DemoTeam(Manager: DemoPeople.Participant(12), Facilitator: DemoPeople.Participant(7), DaysAgo: 160),
        Claims =
        [
            new(DemoPeople.Participant(12), "Conseillère départementale, membre de la commission numérique."),
            new(DemoPeople.Elected, "Maire de La Flèche."),
            new(DemoPeople.Actor, "Médiateur numérique salarié de l'association."),
            new(DemoPeople.Participant(7), "Conseillère numérique itinérante, salariée de l'association."),
            new(DemoPeople.Participant(8), "Coordinateur du tiers-lieu."),
            new(DemoPeople.Participant(9), "Chargée de développement territorial à la direction régionale."),
            new(DemoPeople.Participant(10), "Maire de Mamers."),
            new(DemoPeople.Participant(11), "Vice-président chargé du numérique."),
        ],
        PendingClaims =
        [
            new(DemoPeople.Participant(3), ParticipantRole.ElectedOfficial, o => o.SableSurSarthe,
                "Conseillère municipale de Sablé-sur-Sarthe, déléguée aux aînés : je souhaite co-signer au nom de la commune.", DaysAgo: 2),
        ],
        OpensConcertation = new DemoPhaseChange(75,
            "La concertation est ouverte : élu·es et acteurs du territoire, proposez vos fiches actions ; chacun·e peut les commenter et en soutenir jusqu'à 10."),
    };

    private static IReadOnlyList<DemoAxis> Axes =>
    [
        new("Accompagner chaque habitant vers l'autonomie numérique",
            "Médiation de proximité, formation, équipement : que personne ne reste à la porte des services en ligne.",
            "Offrir un lieu ou une permanence de médiation numérique dans chaque intercommunalité.",
            "Former chaque année 5 000 Sarthois aux usages essentiels.",
            "Aller vers les publics les plus fragiles : aînés, personnes isolées, allocataires."),
        new("Des services publics numériques simples et humains",
            "Des démarches claires, une aide humaine toujours possible, des données publiques ouvertes.",
            "Rendre les démarches du Département et des communes faisables en ligne, simplement.",
            "Garantir à côté de chaque service en ligne un accueil humain de proximité.",
            "Ouvrir et partager les données publiques du territoire."),
        new("Un numérique responsable et sûr",
            "Sobriété, réemploi des équipements et protection des collectivités contre les cyberattaques.",
            "Allonger la durée de vie des équipements et développer le réemploi.",
            "Protéger les petites collectivités et les données des habitants."),
        new("Le numérique au service du développement des territoires",
            "Tiers-lieux, télétravail, commerce de proximité, tourisme : faire du numérique un atout d'attractivité.",
            "Mailler la Sarthe de tiers-lieux ouverts à tous.",
            "Accompagner commerçants, artisans et agriculteurs dans leur transition numérique.",
            "Faire connaître la Sarthe aux télétravailleurs et aux nouveaux habitants."),
        new("Des infrastructures au service de l'innovation",
            "Achever la couverture fixe et mobile, puis s'en servir : santé à distance, capteurs, services innovants.",
            "Achever la fibre et couvrir les dernières zones blanches mobiles.",
            "Expérimenter des usages innovants dans les communes rurales : santé, eau, énergie."),
    ];
}
