using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Demo.Content;

/// <summary>
/// A second demo roadmap, modelled on the Hérault's strategy for digital uses and services: it
/// shows another phase (workshops), the rule where only officials and actors may support, and a
/// roadmap run by its own team (the Département's delegate and a mediation association), as an EPCI
/// or a département would run theirs on a shared instance.
/// </summary>
internal static class SecondRoadmap
{
    public const string Slug = "usages-services-numeriques-herault";

    private const string Description = """
        ## Une stratégie construite avec les communes et les intercommunalités

        Le réseau de fibre « Hérault Numérique » apporte 1 Gbit/s et plus là où le cuivre plafonnait entre
        0,5 et 30 Mbit/s ; un réseau hertzien à 6 Mbit/s dessert encore les secteurs les plus isolés et le
        programme national de couverture mobile complète la 4G. La question n'est plus seulement le réseau :
        ce sont **les usages et les services** qu'il rend possibles.

        ## Quatre objectifs

        1. **Rapprocher usagers et administrations** : accessibilité, inclusion numérique.
        2. **Être opérationnel** : un numérique au service du développement des territoires.
        3. **Mutualiser et fédérer** pour réduire les fractures numériques, sociales et territoriales.
        4. **Intégrer l'expérimentation et l'innovation** à chaque étape.

        Chaque action affiche des **objectifs de réussite mesurables à court terme** et ses **options de
        mutualisation**, techniques et organisationnelles.

        *Feuille de route de démonstration, inspirée d'une stratégie départementale votée en 2021.*
        """;

    public static DemoRoadmapPlan Plan { get; } = new()
    {
        Owner = o => o.Herault,
        Title = "Stratégie des usages et services numériques",
        Slug = Slug,
        Summary = "Au-delà du réseau « Hérault Numérique » : les usages et les services numériques, construits avec les communes et les intercommunalités.",
        Description = Description,
        CreatedDaysAgo = 320,
        Schedule = new([-300, -120, -30, 31, 76, 77], LastEnds: 3 * 365),
        Rules = new VotingRules(SupportEligibility.OfficialsAndActors, null),
        Axes = Axes,
        Team = new DemoTeam(Manager: DemoPeople.Participant(13), Facilitator: DemoPeople.Participant(15), DaysAgo: 170),
        Claims =
        [
            new(DemoPeople.Participant(13), "Conseiller départemental délégué au numérique."),
            new(DemoPeople.Participant(14), "Vice-présidente de la communauté de communes, chargée du numérique."),
            new(DemoPeople.Participant(15), "Médiatrice salariée de l'association."),
        ],
        OpensConcertation = new DemoPhaseChange(120,
            "La concertation commence : élu·es et acteurs du territoire, proposez vos actions et soutenez celles des autres."),
        Later =
        [
            new DemoPhaseChange(30,
                "Place aux ateliers : les actions proposées sont débattues avec les communes et les intercommunalités avant l'arbitrage."),
        ],
    };

    private static IReadOnlyList<DemoAxis> Axes =>
    [
        new("Numérique et développement durable", "Sobriété, réemploi et données au service de la transition écologique.",
            "Réduire l'empreinte environnementale du numérique public."),
        new("Numérique et attractivité : tourisme, sport et culture", "Faire connaître les richesses du territoire et en faciliter l'accès.",
            "Mettre en valeur l'offre touristique, sportive et culturelle de l'arrière-pays.",
            "Expérimenter des services innovants avec les acteurs du tourisme."),
        new("Numérique et citoyenneté", "Ouvrir les données et associer les habitants aux décisions.",
            "Publier les données publiques des collectivités dans des formats ouverts.",
            "Donner aux communes des outils simples de participation."),
        new("Numérique et cohésion territoriale", "Mutualiser les moyens entre communes, intercommunalités et Département.",
            "Mutualiser et fédérer pour réduire les fractures territoriales."),
        new("Numérique et égalité d'accès", "Un accès de qualité et un accompagnement pour tous.",
            "Rapprocher les usagers des administrations grâce à l'inclusion numérique.",
            "Raccorder les derniers foyers isolés au très haut débit."),
    ];
}
