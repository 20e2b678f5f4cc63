namespace Roadmap.Application.Domain.Workshops;

/// <summary>A live poll of a workshop. Ballots are validated here (<see cref="Validate"/>) and stored as <see cref="Ballot"/>.</summary>
public sealed partial class Poll
{
    public const int QuestionMaxLength = 300;
    public const int MinOptions = 2;
    public const int MaxOptions = 20;
    public const int MaxPoints = 100;
    public const int MinDurationSeconds = 10;
    public const int MaxDurationSeconds = 60 * 60;
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;

    private readonly List<PollOption> _options = [];

    private Poll() { }

    public Guid Id { get; private set; }
    public Guid WorkshopId { get; private set; }

    /// <summary>The agenda item in focus when the poll was opened, if any.</summary>
    public Guid? AgendaItemId { get; private set; }
    public PollKind Kind { get; private set; }
    public string Question { get; private set; } = "";
    public int MaxChoices { get; private set; }
    public int Points { get; private set; }

    /// <summary>False: only signed-in participants vote; a guest's ballot is refused.</summary>
    public bool GuestsMayVote { get; private set; } = true;
    public IReadOnlyList<PollOption> Options => _options;
    public Guid OpenedById { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Null: open until a facilitator closes it.</summary>
    public DateTimeOffset? ClosesAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the facilitator last entered the counts taken in the room (<see cref="PollOption.HandCount"/>); null if never.</summary>
    public DateTimeOffset? HandCountedAt { get; private set; }

    /// <summary>
    /// Bumped by every ballot write with an UPDATE of the row before the ballot reads the poll on SQLite and SQL
    /// Server, which is what makes a ballot and the close exclude each other there; PostgreSQL
    /// holds the row with a shared lock instead (see IRoadmapDbContext.EnterPollAsync).
    /// </summary>
    public long BallotRevision { get; private set; }

    public static Poll Open(Workshop workshop, PollDraft draft, IReadOnlyDictionary<Guid, string> roadmapActionTitles, Guid openedById, DateTimeOffset now)
    {
        workshop.EnsureLive();
        var poll = new Poll
        {
            Id = Guid.NewGuid(),
            WorkshopId = workshop.Id,
            AgendaItemId = workshop.FocusedItemId,
            Kind = draft.Kind,
            Question = Guard.Text(draft.Question, QuestionMaxLength, "La question"),
            OpenedById = openedById,
            OpenedAt = now,
            ClosesAt = ClosingTime(draft.DurationSeconds, now),
            GuestsMayVote = draft.GuestsMayVote,
        };

        var options = draft.Options ?? [];
        if (draft.Kind == PollKind.Scale)
        {
            if (options.Count > 0)
            {
                throw new DomainRuleException("Une échelle de 1 à 5 n'a pas d'options.");
            }

            return poll;
        }

        if (options.Count is < MinOptions or > MaxOptions)
        {
            throw new DomainRuleException($"Un sondage propose de {MinOptions} à {MaxOptions} options.");
        }

        if (options.Where(o => o.ActionId is not null).GroupBy(o => o.ActionId).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException("Une même action ne peut pas figurer deux fois parmi les options.");
        }

        poll._options.AddRange(options.Select((o, i) => PollOption.Create(i + 1, OptionText(o, roadmapActionTitles), o.ActionId)));
        poll.MaxChoices = draft.Kind switch
        {
            PollKind.SingleChoice => 1,
            PollKind.MultipleChoice when draft.MaxChoices is { } max && max >= 2 && max <= options.Count => max,
            PollKind.MultipleChoice => throw new DomainRuleException($"Le nombre maximal de choix doit être compris entre 2 et {options.Count}."),
            _ => 0,
        };
        poll.Points = draft.Kind switch
        {
            PollKind.DotVoting when draft.Points is >= 1 and <= MaxPoints => draft.Points.Value,
            PollKind.DotVoting => throw new DomainRuleException($"Chaque participant·e dispose de 1 à {MaxPoints} points."),
            _ => 0,
        };
        return poll;
    }

    /// <summary>Records the close; a timed poll closed late by the sweeper keeps its announced closing time.</summary>
    public void Close(DateTimeOffset now)
    {
        if (ClosedAt is not null)
        {
            throw new DomainRuleException("Ce sondage est déjà clos.");
        }

        ClosedAt = ClosesAt is { } planned && planned < now ? planned : now;
    }

    private static DateTimeOffset? ClosingTime(int? durationSeconds, DateTimeOffset now) => durationSeconds switch
    {
        null => null,
        >= MinDurationSeconds and <= MaxDurationSeconds => now.AddSeconds(durationSeconds.Value),
        _ => throw new DomainRuleException($"La durée d'un sondage est comprise entre {MinDurationSeconds} secondes et {MaxDurationSeconds / 60} minutes."),
    };

    private static string OptionText(PollOptionDraft option, IReadOnlyDictionary<Guid, string> roadmapActionTitles)
    {
        if (option.ActionId is not { } actionId)
        {
            return option.Text ?? "";
        }

        if (!roadmapActionTitles.TryGetValue(actionId, out var title))
        {
            throw new DomainRuleException("Une option renvoie à une action qui n'appartient pas à cette feuille de route.");
        }

        var text = string.IsNullOrWhiteSpace(option.Text) ? title : option.Text;
        return text.Length > PollOption.TextMaxLength ? text[..(PollOption.TextMaxLength - 1)] + "…" : text;
    }
}
