using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Demo.Content;

/// <summary>The workshops of the Hérault's roadmap: one held (minutes published), one to come.</summary>
internal static class HeraultWorkshops
{
    public static IReadOnlyList<DemoWorkshop> All { get; } =
    [
        new()
        {
            Title = "Atelier des bassins de vie : mutualiser les espaces numériques",
            ScheduledDaysAgo = 28,
            Day = -12,
            Hour = 16,
            DurationMinutes = 120,
            Mode = WorkshopMode.Hybrid,
            VisioLink = "https://visio.example.fr/herault-bassins-de-vie",
            Address = "Salle du conseil communautaire, Saint-Mathieu-de-Tréviers",
            Agenda =
            [
                new(Axis: 4),
                new(ActionKeys: ["espaces-mutualises"]),
                new(Topic: "Qui anime les espaces partagés, et avec quel budget ?"),
            ],
            Ideas =
            [
                new(DemoPeople.Participant(14), "Une convention type entre communes d'un même bassin, signée pour trois ans.", Axis: 4),
                new(DemoPeople.Participant(15), "Un·e animateur·rice partagé·e, présent·e un jour par semaine dans chaque commune.", Axis: 4),
                new(DemoPeople.Participant(13), "Ouvrir les espaces partagés le samedi matin, quand les actifs sont disponibles."),
            ],
        },
        new()
        {
            Title = "Atelier citoyenneté : données ouvertes et outils de participation",
            ScheduledDaysAgo = 4,
            Day = 12,
            Hour = 17,
            DurationMinutes = 90,
            Mode = WorkshopMode.Visio,
            VisioLink = "https://visio.example.fr/herault-citoyennete",
            Agenda =
            [
                new(Axis: 3),
                new(ActionKeys: ["participation-communes"]),
            ],
        },
    ];
}
