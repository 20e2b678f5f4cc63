using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Demo.Content;

/// <summary>
/// A second demo roadmap, modelled on the Hérault's strategy for digital uses and services: it
/// shows another phase (workshops) and the rule where only officials and actors may support.
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

    public static TerritorialRoadmap Create(DemoOrganisations organisations, DateTimeOffset now)
    {
        var roadmap = TerritorialRoadmap.Create(
            organisations.Herault,
            "Stratégie des usages et services numériques",
            Slug,
            Description,
            now.AddDays(-320));

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        roadmap.Schedule(RoadmapPhase.Diagnostic, today.AddDays(-300), today.AddDays(-121));
        roadmap.Schedule(RoadmapPhase.Concertation, today.AddDays(-120), today.AddDays(-31));
        roadmap.Schedule(RoadmapPhase.Ateliers, today.AddDays(-30), today.AddDays(30));
        roadmap.Schedule(RoadmapPhase.Arbitrage, today.AddDays(31), today.AddDays(75));
        roadmap.Schedule(RoadmapPhase.Adoptee, today.AddDays(76), today.AddDays(76));
        roadmap.Schedule(RoadmapPhase.MiseEnOeuvre, today.AddDays(77), today.AddYears(3));

        // Proposals were taken during the concertation; the seeder moves it on to workshops once they are written.
        roadmap.AdvanceTo(RoadmapPhase.Concertation);
        roadmap.ChangeVotingRules(new VotingRules(SupportEligibility.OfficialsAndActors, null));
        AddAxes(roadmap);
        return roadmap;
    }

    private static void AddAxes(TerritorialRoadmap roadmap)
    {
        roadmap.AddAxis("Numérique et développement durable", "Sobriété, réemploi et données au service de la transition écologique.")
            .AddObjective("Réduire l'empreinte environnementale du numérique public.");

        var attractiveness = roadmap.AddAxis(
            "Numérique et attractivité : tourisme, sport et culture",
            "Faire connaître les richesses du territoire et en faciliter l'accès.");
        attractiveness.AddObjective("Mettre en valeur l'offre touristique, sportive et culturelle de l'arrière-pays.");
        attractiveness.AddObjective("Expérimenter des services innovants avec les acteurs du tourisme.");

        var citizenship = roadmap.AddAxis("Numérique et citoyenneté", "Ouvrir les données et associer les habitants aux décisions.");
        citizenship.AddObjective("Publier les données publiques des collectivités dans des formats ouverts.");
        citizenship.AddObjective("Donner aux communes des outils simples de participation.");

        roadmap.AddAxis("Numérique et cohésion territoriale", "Mutualiser les moyens entre communes, intercommunalités et Département.")
            .AddObjective("Mutualiser et fédérer pour réduire les fractures territoriales.");

        var access = roadmap.AddAxis("Numérique et égalité d'accès", "Un accès de qualité et un accompagnement pour tous.");
        access.AddObjective("Rapprocher les usagers des administrations grâce à l'inclusion numérique.");
        access.AddObjective("Raccorder les derniers foyers isolés au très haut débit.");
    }
}
