using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Demo.Content;

/// <summary>
/// A third demo roadmap, adopted about three years before the seeding and now in « Mise en œuvre »,
/// modelled on the objectives the Drôme has published for digital uses (fibre with its syndicate,
/// 4G in the white zones, tiers-lieux, a digital administration turned to the user, help for the
/// communes): the roadmap that shows the follow-up — pilots, measured values, points d'étape.
/// </summary>
internal static class DromeRoadmap
{
    public const string Slug = "usages-numeriques-drome";

    /// <summary>The assembly adopted it, and retained its actions, this many days before the seeding.</summary>
    public const int AdoptedDaysAgo = 1_060;

    private const string Description = """
        ## Une feuille de route adoptée, maintenant mise en œuvre

        Construite avec les communes, les intercommunalités et les acteurs du numérique, puis adoptée par
        l'assemblée départementale, cette feuille de route se suit ici : chaque action a ses **pilotes**,
        ses **indicateurs mesurés** chaque année et ses **points d'étape**.

        ## Quatre objectifs

        1. **Accompagner tous les publics** dans leurs usages numériques : formation, recherche d'emploi, télétravail.
        2. **Équiper la Drôme** en infrastructures : la fibre avec le syndicat mixte Ardèche Drôme Numérique, la 4G dans les zones blanches.
        3. **Une administration numérique tournée vers l'usager.**
        4. **Accompagner communes et intercommunalités** dans leur transition numérique.

        *Feuille de route de démonstration, inspirée des objectifs publiés par un département ; les valeurs
        mesurées et les montants sont des données de démonstration.*
        """;

    public static DemoRoadmapPlan Plan { get; } = new()
    {
        Owner = o => o.Drome,
        Title = "Feuille de route des usages numériques de la Drôme",
        Slug = Slug,
        Summary = "Adoptée et en cours de réalisation : suivez chaque action, ses pilotes, ses indicateurs mesurés et ses points d'étape.",
        Description = Description,
        CreatedDaysAgo = 1_320,
        Schedule = new([-1_320, -1_230, -1_140, -1_100, -AdoptedDaysAgo, -AdoptedDaysAgo + 1], LastEnds: 2 * 365),
        Rules = new VotingRules(SupportEligibility.AllRegistered, null),
        Axes = Axes,
        Team = new DemoTeam(Manager: DemoPeople.Participant(17), Facilitator: DemoPeople.Participant(18), DaysAgo: 1_270),
        Claims =
        [
            new(DemoPeople.Participant(17), "Vice-présidente du Département, chargée du numérique."),
            new(DemoPeople.Participant(18), "Chargé de mission usages numériques au Département."),
            new(DemoPeople.Pilot, "Cheffe de projet numérique au Département : je pilote plusieurs actions de la feuille de route."),
        ],
        OpensConcertation = new DemoPhaseChange(1_230,
            "La concertation commence : communes, intercommunalités et acteurs du numérique, proposez vos actions."),
        Later =
        [
            new DemoPhaseChange(1_140, "Place aux ateliers : les actions proposées sont débattues dans chaque bassin de vie."),
            new DemoPhaseChange(1_100, "L'arbitrage commence : l'équipe examine chaque action avant le vote de l'assemblée."),
            new DemoPhaseChange(AdoptedDaysAgo, "L'assemblée départementale a adopté la feuille de route."),
            new DemoPhaseChange(AdoptedDaysAgo - 1, "La mise en œuvre commence : chaque action retenue a ses pilotes, ses indicateurs et ses points d'étape."),
        ],
    };

    private static IReadOnlyList<DemoAxis> Axes =>
    [
        new("Accompagner tous les publics vers les usages numériques",
            "Formation, recherche d'emploi, télétravail : que personne ne reste à l'écart.",
            "Former chaque année davantage de Drômois aux usages essentiels.",
            "Ouvrir des tiers-lieux dans les bassins de vie."),
        new("Équiper la Drôme en infrastructures",
            "La fibre pour tous avec le syndicat mixte Ardèche Drôme Numérique, la 4G dans les zones blanches.",
            "Raccorder plus de 160 000 foyers drômois au très haut débit.",
            "Couvrir les zones blanches mobiles."),
        new("Une administration numérique tournée vers l'usager",
            "Des démarches en ligne simples, et un accueil humain à côté.",
            "Rendre faisables en ligne la plupart des démarches du Département."),
        new("Accompagner communes et intercommunalités dans leur transition numérique",
            "Conseil, outils partagés et formation des agents.",
            "Accompagner chaque commune qui le demande."),
    ];
}
