namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>Values of <c>?statut=</c> after a console form succeeded, the part each concerns, and what it says.</summary>
public static class ConsoleStatus
{
    public const string RoomOpened = "salle-ouverte";
    public const string Focused = "point-au-premier-plan";
    public const string PollOpened = "sondage-ouvert";
    public const string PollClosed = "sondage-clos";
    public const string HandsCounted = "decompte-enregistre";
    public const string TimerStarted = "minuteur-lance";
    public const string TimerStopped = "minuteur-arrete";
    public const string HandCalled = "parole-donnee";
    public const string IdeaGrouped = "idee-rattachee";
    public const string IdeaPromoted = "idee-transformee";
    public const string IdeaHidden = "idee-masquee";
    public const string Ended = "atelier-termine";

    private static readonly Dictionary<string, (string Part, string Text)> Known = new(StringComparer.Ordinal)
    {
        [RoomOpened] = ("", "La salle est ouverte : les participant·es peuvent rejoindre l'atelier avec son code."),
        [Focused] = (ConsoleParts.Agenda, "Le point est au premier plan pour toute la salle."),
        [PollOpened] = (ConsoleParts.Polls, "Le sondage est ouvert : les participant·es peuvent voter."),
        [PollClosed] = (ConsoleParts.Polls, "Le sondage est clos : ses résultats sont définitifs."),
        [HandsCounted] = (ConsoleParts.Polls, "Le décompte de la salle est enregistré : il s'affiche à part des votes en ligne."),
        [TimerStarted] = (ConsoleParts.Timer, "Le minuteur est lancé."),
        [TimerStopped] = (ConsoleParts.Timer, "Le minuteur est arrêté."),
        [HandCalled] = (ConsoleParts.Hands, "La parole est donnée à la personne suivante."),
        [IdeaGrouped] = (ConsoleParts.Ideas, "L'idée est rattachée à l'axe choisi."),
        [IdeaPromoted] = (ConsoleParts.Ideas, "L'idée est devenue une action proposée de la feuille de route."),
        [IdeaHidden] = (ConsoleParts.Ideas, "L'idée est masquée : les participant·es ne voient plus que le motif."),
        [Ended] = ("", "L'atelier est terminé. Son compte rendu est rédigé : relisez-le et publiez-le."),
    };

    /// <summary>The message of <paramref name="status"/> when it concerns <paramref name="part"/> ("" = the page itself).</summary>
    public static string? Text(string? status, string part) =>
        status is not null && Known.TryGetValue(status, out var known) && known.Part == part ? known.Text : null;

    /// <summary>The section to scroll back to after the form.</summary>
    public static string Section(string status) =>
        Known.TryGetValue(status, out var known) && known.Part.Length > 0 ? ConsoleParts.SectionId(known.Part) : "console";
}
