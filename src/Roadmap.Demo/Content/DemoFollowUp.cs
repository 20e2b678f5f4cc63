using Roadmap.Application.Domain.Actions;

namespace Roadmap.Demo.Content;

/// <summary>
/// What happened to one action of an adopted demo roadmap, in days after its adoption: the decision of the
/// arbitrage, its pilots, its progress rule, the measured values of its indicator, its points d'étape, a
/// difficulty, its budget per year. The values are illustrative (« données de démonstration »).
/// </summary>
internal sealed record DemoFollowUp
{
    /// <summary>The <see cref="DemoAction.Key"/> of the action.</summary>
    public required string Key { get; init; }

    /// <summary>Retained (followed up from then on) or not retained, on the adoption day.</summary>
    public required DemoOutcome Decision { get; init; }

    /// <summary>Emails of its pilots, named by the roadmap's manager; the first records the values.</summary>
    public IReadOnlyList<string> Pilots { get; init; } = [];

    public ProgressRule Rule { get; init; } = ProgressRule.SetByPilots;

    /// <summary>When its indicator's baseline was measured, if known.</summary>
    public int? BaselineDay { get; init; }

    /// <summary>The manager moves it to « en cours » without a point d'étape.</summary>
    public DemoStart? Start { get; init; }

    public IReadOnlyList<DemoMeasure> Values { get; init; } = [];
    public DemoCorrection? Correction { get; init; }
    public IReadOnlyList<DemoUpdate> Updates { get; init; } = [];
    public DemoDifficulty? Difficulty { get; init; }

    /// <summary>Committed and spent per year (the first in the adoption's year), set by its first pilot.</summary>
    public IReadOnlyList<(decimal Committed, decimal Spent)> BudgetYears { get; init; } = [];
}

/// <summary>The manager starts the action on <see cref="Day"/>, with a public reason.</summary>
internal sealed record DemoStart(int Day, int Percent, string Reason);

/// <summary>A value of the action's indicator measured on <see cref="Day"/> and recorded a few days later by its first pilot.</summary>
internal sealed record DemoMeasure(int Day, decimal Value, string Comment = "");

/// <summary>The value measured on <see cref="MeasuredDay"/> corrected on <see cref="Day"/>, with its reason.</summary>
internal sealed record DemoCorrection(int MeasuredDay, int Day, decimal Value, string Reason);

/// <summary>A point d'étape about <see cref="Day"/>, posted the next day; it may move the action (a null progress keeps the current one).</summary>
internal sealed record DemoUpdate(int Day, string Author, string Title, string Body, ActionStatus? Status = null, int? Progress = null);

/// <summary>The action flagged « en difficulté » on <see cref="Day"/>, with its public explanation.</summary>
internal sealed record DemoDifficulty(int Day, ActionDifficulty Kind, string Explanation);
