using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Domain.Actions;

/// <summary>A « fiche action » proposed under a strategic axis; its status moves through review to completion.</summary>
public sealed partial class RoadmapAction
{
    public const int TitleMaxLength = 160;
    public const int SummaryMaxLength = 500;
    public const int DescriptionMaxLength = 20_000;
    public const int EasyReadMaxLength = 400;
    public const int MaxIndicators = 20;
    public const int MaxLinkedOrganisations = 50;
    public const int MaxPoolingOptions = 20;
    public const int DifficultyExplanationMaxLength = 2_000;

    /// <summary>The prime 2^31 − 1: <see cref="ShuffleKey"/> lies below it, and a key times a multiplier below it fits in 64 bits.</summary>
    public const int ShuffleKeyModulus = int.MaxValue;

    public static readonly TextLimit TitleLimit = new("Le titre", TitleMaxLength);
    public static readonly TextLimit SummaryLimit = new("Le résumé", SummaryMaxLength);
    public static readonly TextLimit DescriptionLimit = new("La description", DescriptionMaxLength);
    public static readonly TextLimit EasyReadLimit = new("Le texte « En bref »", EasyReadMaxLength);

    private readonly List<ActionIndicator> _indicators = [];
    private readonly List<ActionBudgetYear> _budgetYears = [];
    private readonly List<PoolingOption> _poolingOptions = [];
    private readonly List<ActionOrganisationLink> _organisationLinks = [];
    private readonly List<StatusChange> _history = [];

    private RoadmapAction() { }

    public Guid Id { get; private set; }
    public Guid RoadmapId { get; private set; }
    public Guid AxisId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";

    /// <summary>« En bref »: an optional summary in easy-to-read French (FALC), shown first when present.</summary>
    public string EasyRead { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Guid? ProposerId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public ActionBudget Budget { get; private set; } = ActionBudget.None;
    public ActionStatus Status { get; private set; }
    public int ProgressPercent { get; private set; }
    public ProgressRule ProgressRule { get; private set; }

    /// <summary>Set by its pilots on an action in progress that is late, blocked, paused or abandoned.</summary>
    public ActionDifficulty Difficulty { get; private set; }

    /// <summary>The public explanation of <see cref="Difficulty"/>.</summary>
    public string DifficultyExplanation { get; private set; } = "";
    public DateTimeOffset? DifficultySince { get; private set; }
    public Guid? MergedIntoId { get; private set; }
    public string StatusReason { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Denormalised for sorting long lists; recomputed from the supports table after every change (see ActionCounters).</summary>
    public int SupportCount { get; private set; }

    /// <summary>Supports recorded by mediators for residents who are not online: counted apart, never added to <see cref="SupportCount"/>.</summary>
    public int MediatedSupportCount { get; private set; }

    /// <summary>Visible comments; recomputed like <see cref="SupportCount"/>.</summary>
    public int CommentCount { get; private set; }

    /// <summary>Set when a moderator hid the action (the reason is public); it then leaves lists.</summary>
    public DateTimeOffset? HiddenAt { get; private set; }
    public string HiddenReason { get; private set; } = "";

    /// <summary>In their order on the page (<see cref="ActionIndicator.Position"/>).</summary>
    public IReadOnlyList<ActionIndicator> Indicators => [.. _indicators.OrderBy(i => i.Position)];

    /// <summary>Amounts committed and spent, per calendar year, for the follow-up dashboard.</summary>
    public IReadOnlyList<ActionBudgetYear> BudgetYears => _budgetYears;
    public IReadOnlyList<PoolingOption> PoolingOptions => _poolingOptions;
    public IReadOnlyList<ActionOrganisationLink> OrganisationLinks => _organisationLinks;
    public IReadOnlyList<StatusChange> History => _history;

    /// <summary>
    /// A key the proposal form generates once per form: a second submit of the same form finds the
    /// action already created instead of creating a twin (unique per proposer in the database).
    /// </summary>
    public Guid? SubmissionKey { get; private set; }

    /// <summary>Drawn at random once, in [0, <see cref="ShuffleKeyModulus"/>): the search's random order permutes these keys in SQL.</summary>
    public int ShuffleKey { get; private set; }

    public static RoadmapAction Propose(TerritorialRoadmap roadmap, ActionDraft draft, Guid proposerId, DateTimeOffset now, Guid? submissionKey = null)
    {
        if (!roadmap.AcceptsProposals)
        {
            throw new DomainRuleException(roadmap.ClosedBecause("Les propositions sont fermées"));
        }

        if (roadmap.Axes.Count > 0 && !roadmap.HasAxis(draft.AxisId))
        {
            throw new DomainRuleException(TerritorialRoadmap.ForeignAxis);
        }

        if (roadmap.PlacementRefusal(draft.AxisId) is { } archivedAxis)
        {
            throw new DomainRuleException(archivedAxis);
        }

        var action = new RoadmapAction
        {
            Id = Guid.NewGuid(),
            RoadmapId = roadmap.Id,
            ProposerId = proposerId,
            SubmissionKey = submissionKey,
            ShuffleKey = Random.Shared.Next(ShuffleKeyModulus),
            Status = ActionStatus.Proposed,
            CreatedAt = now,
        };
        action.Apply(draft, now);
        action._history.Add(new StatusChange(ActionStatus.Proposed, ActionStatus.Proposed, "Proposition déposée.", proposerId, now, null));
        return action;
    }

    /// <summary>
    /// The proposer edits the content of their action on <paramref name="roadmap"/> (its own); allowed only
    /// until a facilitator has looked at it, and while neither the roadmap nor the axis is archived.
    /// </summary>
    public void Edit(TerritorialRoadmap roadmap, ActionDraft draft, Guid editorId, DateTimeOffset now)
    {
        if (editorId != ProposerId)
        {
            throw new DomainRuleException("Seule la personne qui a proposé l'action peut la modifier.");
        }

        if (roadmap.ActionChangeRefusal(AxisId) is { } closed)
        {
            throw new DomainRuleException(closed);
        }

        if (draft.AxisId != AxisId && roadmap.PlacementRefusal(draft.AxisId) is { } archivedAxis)
        {
            throw new DomainRuleException(archivedAxis);
        }

        if (Status != ActionStatus.Proposed)
        {
            throw new DomainRuleException("L'action a déjà été examinée : elle ne peut plus être modifiée.");
        }

        Apply(draft, now);
    }

    private void Apply(ActionDraft draft, DateTimeOffset now)
    {
        if (draft.Indicators.Count > MaxIndicators || draft.PoolingOptions.Count > MaxPoolingOptions
            || draft.PartnerIds.Count + draft.TerritoryIds.Count > MaxLinkedOrganisations)
        {
            throw new DomainRuleException("La fiche action contient trop d'éléments.");
        }

        AxisId = draft.AxisId;
        Title = Guard.Text(draft.Title, TitleLimit);
        Summary = Guard.Text(draft.Summary, SummaryLimit);
        Description = Guard.OptionalText(draft.Description, DescriptionLimit);
        EasyRead = Guard.OptionalText(EasyReadText.Normalise(draft.EasyRead), EasyReadLimit);
        OrganisationId = draft.OrganisationId;
        Budget = draft.Budget.Checked();
        ReviseIndicators(draft.Indicators);
        _poolingOptions.Clear();
        _poolingOptions.AddRange(draft.PoolingOptions.Select(p => p.Checked()));
        _organisationLinks.Clear();
        _organisationLinks.AddRange(draft.PartnerIds.Distinct().Select(id => new ActionOrganisationLink(id, ActionOrganisationRole.Partner)));
        _organisationLinks.AddRange(draft.TerritoryIds.Distinct().Select(id => new ActionOrganisationLink(id, ActionOrganisationRole.Territory)));
        UpdatedAt = now;
    }

    /// <summary>
    /// Replaces the indicators' definitions, keeping the ids (and so the measured values) of those
    /// still in the same position; indicators beyond the new count are removed.
    /// </summary>
    private void ReviseIndicators(IReadOnlyList<SuccessIndicator> definitions)
    {
        var current = _indicators.OrderBy(i => i.Position).ToList();
        for (var position = 0; position < definitions.Count; position++)
        {
            if (position < current.Count)
            {
                current[position].Revise(position, definitions[position]);
            }
            else
            {
                _indicators.Add(ActionIndicator.Define(Id, position, definitions[position]));
            }
        }

        foreach (var surplus in current.Skip(definitions.Count))
        {
            _indicators.Remove(surplus);
        }
    }
}
