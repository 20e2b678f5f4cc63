using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Demo.Content;

/// <summary>The main demo: the Sarthe's roadmap of digital uses, open for proposals and supports.</summary>
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

    public static TerritorialRoadmap Create(DemoOrganisations organisations, DateTimeOffset now)
    {
        var roadmap = TerritorialRoadmap.Create(
            organisations.Sarthe,
            "Feuille de route territoriale des usages numériques",
            Slug,
            Description,
            now.AddDays(-400));
        Schedule(roadmap, DateOnly.FromDateTime(now.UtcDateTime));
        roadmap.AdvanceTo(RoadmapPhase.Concertation);
        roadmap.ChangeVotingRules(new VotingRules(SupportEligibility.AllRegistered, MaxSupportsPerParticipant));
        AddAxes(roadmap);
        return roadmap;
    }

    /// <summary>The concertation runs around today; the diagnostic (told in the description) took the nine months before.</summary>
    private static void Schedule(TerritorialRoadmap roadmap, DateOnly today)
    {
        var concertation = today.AddDays(-75);
        roadmap.Schedule(RoadmapPhase.Diagnostic, concertation.AddMonths(-9), concertation.AddDays(-1));
        roadmap.Schedule(RoadmapPhase.Concertation, concertation, today.AddDays(45));
        roadmap.Schedule(RoadmapPhase.Ateliers, today.AddDays(46), today.AddDays(105));
        roadmap.Schedule(RoadmapPhase.Arbitrage, today.AddDays(106), today.AddDays(150));
        roadmap.Schedule(RoadmapPhase.Adoptee, today.AddDays(151), today.AddDays(151));
        roadmap.Schedule(RoadmapPhase.MiseEnOeuvre, today.AddDays(152), today.AddYears(4));
    }

    private static void AddAxes(TerritorialRoadmap roadmap)
    {
        var inclusion = roadmap.AddAxis(
            "Accompagner chaque habitant vers l'autonomie numérique",
            "Médiation de proximité, formation, équipement : que personne ne reste à la porte des services en ligne.");
        inclusion.AddObjective("Offrir un lieu ou une permanence de médiation numérique dans chaque intercommunalité.");
        inclusion.AddObjective("Former chaque année 5 000 Sarthois aux usages essentiels.");
        inclusion.AddObjective("Aller vers les publics les plus fragiles : aînés, personnes isolées, allocataires.");

        var services = roadmap.AddAxis(
            "Des services publics numériques simples et humains",
            "Des démarches claires, une aide humaine toujours possible, des données publiques ouvertes.");
        services.AddObjective("Rendre les démarches du Département et des communes faisables en ligne, simplement.");
        services.AddObjective("Garantir à côté de chaque service en ligne un accueil humain de proximité.");
        services.AddObjective("Ouvrir et partager les données publiques du territoire.");

        var responsible = roadmap.AddAxis(
            "Un numérique responsable et sûr",
            "Sobriété, réemploi des équipements et protection des collectivités contre les cyberattaques.");
        responsible.AddObjective("Allonger la durée de vie des équipements et développer le réemploi.");
        responsible.AddObjective("Protéger les petites collectivités et les données des habitants.");

        var territories = roadmap.AddAxis(
            "Le numérique au service du développement des territoires",
            "Tiers-lieux, télétravail, commerce de proximité, tourisme : faire du numérique un atout d'attractivité.");
        territories.AddObjective("Mailler la Sarthe de tiers-lieux ouverts à tous.");
        territories.AddObjective("Accompagner commerçants, artisans et agriculteurs dans leur transition numérique.");
        territories.AddObjective("Faire connaître la Sarthe aux télétravailleurs et aux nouveaux habitants.");

        var infrastructures = roadmap.AddAxis(
            "Des infrastructures au service de l'innovation",
            "Achever la couverture fixe et mobile, puis s'en servir : santé à distance, capteurs, services innovants.");
        infrastructures.AddObjective("Achever la fibre et couvrir les dernières zones blanches mobiles.");
        infrastructures.AddObjective("Expérimenter des usages innovants dans les communes rurales : santé, eau, énergie.");
    }
}
