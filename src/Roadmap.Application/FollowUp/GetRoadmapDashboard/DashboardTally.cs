using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetRoadmapDashboard;

/// <summary>Adds up the grouped rows the dashboard reads into one group's <see cref="DashboardFigures"/>.</summary>
internal sealed class DashboardTally
{
    private readonly Dictionary<ActionStatus, int> _statuses = [];
    private readonly Dictionary<IndicatorState, int> _states = [];
    private readonly SortedDictionary<int, (decimal Committed, decimal Spent)> _years = [];
    private int _followedUp;
    private long _progress;
    private int _inDifficulty;
    private decimal _planned;

    public void AddActions(ActionStatus status, bool inDifficulty, int count, long progress, decimal planned)
    {
        _statuses[status] = _statuses.GetValueOrDefault(status) + count;
        if (status is ActionStatus.Retained or ActionStatus.InProgress or ActionStatus.Done)
        {
            _followedUp += count;
            _progress += progress;
            _planned += planned;
            _inDifficulty += inDifficulty ? count : 0;
        }
    }

    public void AddIndicator(IndicatorState state) => _states[state] = _states.GetValueOrDefault(state) + 1;

    public void AddYear(int year, decimal committed, decimal spent)
    {
        var sums = _years.GetValueOrDefault(year);
        _years[year] = (sums.Committed + committed, sums.Spent + spent);
    }

    public DashboardFigures Figures() => new(
        _statuses.Values.Sum(),
        [.. Enum.GetValues<ActionStatus>().Select(s => new StatusCount(s, _statuses.GetValueOrDefault(s)))],
        _followedUp,
        _followedUp == 0 ? null : (int)Math.Round((decimal)_progress / _followedUp, MidpointRounding.ToZero),
        _inDifficulty,
        [.. DashboardFigures.StateOrder.Select(s => new IndicatorStateCount(s, _states.GetValueOrDefault(s)))],
        _planned,
        _years.Values.Sum(y => y.Committed),
        _years.Values.Sum(y => y.Spent),
        [.. _years.Select(y => new BudgetYearFigures(y.Key, y.Value.Committed, y.Value.Spent))]);
}
