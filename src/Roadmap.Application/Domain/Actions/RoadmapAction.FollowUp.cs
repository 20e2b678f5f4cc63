using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.Domain.Actions;

public sealed partial class RoadmapAction
{
    public const string NotFollowedUp = "Le suivi d'une action commence quand elle est retenue.";
    public const string ProgressFromIndicators =
        "L'avancement de cette action est calculé à partir de ses indicateurs : choisissez d'abord la règle « fixé par les pilotes ».";

    /// <summary>Retained, in progress or done: the statuses that have pilots, values and points d'étape.</summary>
    public bool IsFollowedUp => Status is ActionStatus.Retained or ActionStatus.InProgress or ActionStatus.Done;

    /// <summary>The day the action was retained (the start of its indicators' trajectories), if it was.</summary>
    public DateOnly? RetainedOn => RetainedOnAmong(_history);

    /// <summary>The day an action was retained, read from its <paramref name="history"/> (for reads that project the history alone).</summary>
    public static DateOnly? RetainedOnAmong(IEnumerable<StatusChange> history) =>
        history.Where(h => h.To == ActionStatus.Retained).OrderBy(h => h.At).Select(h => (DateOnly?)DateOnly.FromDateTime(h.At.UtcDateTime)).FirstOrDefault();

    public void EnsureFollowedUp()
    {
        if (!IsFollowedUp)
        {
            throw new DomainRuleException(NotFollowedUp);
        }
    }

    /// <summary>Flags the action « en difficulté » with a public explanation, or clears the flag with <see cref="ActionDifficulty.None"/>.</summary>
    public void FlagDifficulty(ActionDifficulty difficulty, string explanation, DateTimeOffset now)
    {
        if (difficulty != ActionDifficulty.None && Status is not (ActionStatus.Retained or ActionStatus.InProgress))
        {
            throw new DomainRuleException("Seule une action retenue ou en cours de réalisation peut être signalée en difficulté.");
        }

        if (!Enum.IsDefined(difficulty))
        {
            throw new DomainRuleException("Cette difficulté n'existe pas.");
        }

        DifficultyExplanation = difficulty == ActionDifficulty.None
            ? ""
            : Guard.Text(explanation, DifficultyExplanationMaxLength, "L'explication de la difficulté");
        DifficultySince = difficulty == ActionDifficulty.None ? null : difficulty == Difficulty ? DifficultySince ?? now : now;
        Difficulty = difficulty;
        UpdatedAt = now;
    }

    public void ChooseProgressRule(ProgressRule rule, IReadOnlyList<IndicatorProgress> indicators, DateTimeOffset now)
    {
        EnsureFollowedUp();
        if (!Enum.IsDefined(rule))
        {
            throw new DomainRuleException("Cette règle d'avancement n'existe pas.");
        }

        if (rule == ProgressRule.FromIndicators && _indicators.Count == 0)
        {
            throw new DomainRuleException("Cette action n'a pas d'indicateur : son avancement ne peut pas en être calculé.");
        }

        ProgressRule = rule;
        DeriveProgress(indicators, now);
    }

    /// <summary>
    /// Under <see cref="ProgressRule.FromIndicators"/>, the progress is the mean share of the way done of
    /// the indicators (an indicator not yet measured counts 0); otherwise nothing changes. The status
    /// does not move: a point d'étape says when the action is done.
    /// </summary>
    public void DeriveProgress(IReadOnlyList<IndicatorProgress> indicators, DateTimeOffset now)
    {
        if (ProgressRule != ProgressRule.FromIndicators || indicators.Count == 0 || Status == ActionStatus.Done)
        {
            return;
        }

        ProgressPercent = (int)Math.Round(indicators.Average(i => i.PercentDone ?? 0), MidpointRounding.ToZero);
        UpdatedAt = now;
    }

    /// <summary>Replaces the amounts committed and spent per year (one line per year, positive amounts).</summary>
    public void SetBudgetYears(IReadOnlyList<ActionBudgetYear> years, DateTimeOffset now)
    {
        EnsureFollowedUp();
        if (years.Any(y => y.Year is < ActionBudgetYear.FirstYear or > ActionBudgetYear.LastYear))
        {
            throw new DomainRuleException($"L'année doit être comprise entre {ActionBudgetYear.FirstYear} et {ActionBudgetYear.LastYear}.");
        }

        if (years.Any(y => y.Committed is < 0 or > ActionBudget.MaxAmount || y.Spent is < 0 or > ActionBudget.MaxAmount))
        {
            throw new DomainRuleException("Les montants engagés et dépensés doivent être positifs et raisonnables.");
        }

        if (years.Select(y => y.Year).Distinct().Count() != years.Count)
        {
            throw new DomainRuleException("Chaque année ne peut figurer qu'une fois.");
        }

        _budgetYears.Clear();
        _budgetYears.AddRange(years.OrderBy(y => y.Year));
        UpdatedAt = now;
    }

    /// <summary>
    /// Its pilots set the progress (the action moves to « en cours », or « réalisée » at 100 %), unless
    /// the progress is derived from its indicators. The same report twice (a double submit) changes
    /// nothing: false then.
    /// </summary>
    public bool SetProgressByPilots(Guid byId, int percent, string reason, DateTimeOffset now)
    {
        EnsureFollowedUp();
        if (ProgressRule == ProgressRule.FromIndicators)
        {
            throw new DomainRuleException(ProgressFromIndicators);
        }

        if (Status == ActionStatus.InProgress && percent == ProgressPercent && (reason ?? "").Trim() == StatusReason)
        {
            return false;
        }

        ReportProgress(byId, percent, reason ?? "", now);
        return true;
    }
}
