namespace Roadmap.Application.Domain.Workshops;

public sealed partial class Poll
{
    /// <summary>Above this, a count taken in a room is a typing slip, not a crowd.</summary>
    public const int MaxHandCount = 100_000;

    public const string OnlineOnlyRefusal = "Cet atelier se tient en visio : le décompte à main levée ou sur papier est réservé aux ateliers en présentiel ou hybrides.";
    public const string TooManyRefusal = "Un décompte dépasse 100 000 : vérifiez le nombre saisi.";
    public const string ScaleRefusal = "Une échelle de 1 à 5 n'a pas d'options : le décompte de la salle se fait sur un sondage à choix ou à points.";

    /// <summary>True when people in a room can be counted for this poll (a workshop with a room, a poll with options).</summary>
    public static bool TakesHandCounts(WorkshopMode mode, PollKind kind) => mode != WorkshopMode.Visio && kind != PollKind.Scale;

    /// <summary>
    /// Records the counts taken in the room by show of hands or on paper, one per option (points for dot-voting).
    /// The whole count is given each time: a correction replaces the last entry. Never added to the ballots.
    /// </summary>
    public void CountHands(Workshop workshop, IReadOnlyList<OptionHandCount> counts, DateTimeOffset now)
    {
        workshop.EnsureLive();
        if (workshop.Mode == WorkshopMode.Visio)
        {
            throw new DomainRuleException(OnlineOnlyRefusal);
        }

        if (Kind == PollKind.Scale)
        {
            throw new DomainRuleException(ScaleRefusal);
        }

        if (counts.Any(c => c.Count < 0))
        {
            throw new DomainRuleException("Un décompte ne peut pas être négatif.");
        }

        if (counts.Any(c => c.Count > MaxHandCount))
        {
            throw new DomainRuleException(TooManyRefusal);
        }

        if (counts.Select(c => c.OptionId).Distinct().Count() != counts.Count)
        {
            throw new DomainRuleException("Donnez un seul décompte par option.");
        }

        EnsureKnown(counts.Select(c => c.OptionId));
        if (counts.Count != _options.Count)
        {
            throw new DomainRuleException("Donnez un décompte pour chaque option (0 si personne).");
        }

        foreach (var option in _options)
        {
            option.CountHands(counts.First(c => c.OptionId == option.Id).Count);
        }

        HandCountedAt = now;
    }
}
