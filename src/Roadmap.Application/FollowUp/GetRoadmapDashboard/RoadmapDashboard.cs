using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetRoadmapDashboard;

/// <summary>
/// A roadmap's follow-up at a glance: <see cref="Totals"/>, then the same figures per axis (in the
/// roadmap's order, archived axes last) and per carrying organisation (by name, « Sans structure
/// porteuse » last). Hidden actions are left out everywhere.
/// </summary>
public sealed record RoadmapDashboard(
    Guid RoadmapId,
    string Slug,
    string Title,
    DateTimeOffset? ArchivedAt,
    DashboardFigures Totals,
    IReadOnlyList<AxisDashboard> Axes,
    IReadOnlyList<OrganisationDashboard> Organisations)
{
    public const string WithoutOrganisation = "Sans structure porteuse";
}

public sealed record AxisDashboard(Guid Id, int Position, string Title, bool Archived, DashboardFigures Figures);

/// <summary>The actions carried by one organisation; <see cref="Id"/> is null for those carried by none.</summary>
public sealed record OrganisationDashboard(Guid? Id, string Name, DashboardFigures Figures);

/// <summary>
/// <see cref="ByStatus"/> counts every visible action (every status, in the enum's order). The rest is about
/// the followed-up ones (retained, in progress, done: <see cref="FollowedUp"/>): <see cref="PercentDone"/> is the
/// mean of their progress (null without any), <see cref="InDifficulty"/> those flagged « en difficulté »,
/// <see cref="Indicators"/> the states of their indicators, <see cref="Planned"/> the sum of their estimated
/// budgets, <see cref="Committed"/> and <see cref="Spent"/> the sums of their amounts per year (<see cref="Years"/>).
/// </summary>
public sealed record DashboardFigures(
    int Actions,
    IReadOnlyList<StatusCount> ByStatus,
    int FollowedUp,
    int? PercentDone,
    int InDifficulty,
    IReadOnlyList<IndicatorStateCount> Indicators,
    decimal Planned,
    decimal Committed,
    decimal Spent,
    IReadOnlyList<BudgetYearFigures> Years)
{
    /// <summary>The order the dashboard lists indicator states in: what needs attention first.</summary>
    public static readonly IReadOnlyList<IndicatorState> StateOrder =
        [IndicatorState.Late, IndicatorState.OnTrack, IndicatorState.Ahead, IndicatorState.Achieved, IndicatorState.NotMeasured, IndicatorState.NoTrajectory];

    public int CountOf(ActionStatus status) => ByStatus.FirstOrDefault(s => s.Status == status)?.Count ?? 0;

    public int CountOf(IndicatorState state) => Indicators.FirstOrDefault(s => s.State == state)?.Count ?? 0;

    public int IndicatorCount => Indicators.Sum(s => s.Count);
}

public sealed record StatusCount(ActionStatus Status, int Count);

public sealed record IndicatorStateCount(IndicatorState State, int Count);

public sealed record BudgetYearFigures(int Year, decimal Committed, decimal Spent);
