using Roadmap.Application.Common;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.FollowUp.GetRoadmapDashboard;

/// <summary>Every grouped row counts three times: in the totals, under its axis and under its carrying organisation.</summary>
internal sealed class DashboardBook(IReadOnlyList<StrategicAxis> axes)
{
    private readonly DashboardTally _totals = new();
    private readonly Dictionary<Guid, DashboardTally> _byAxis = axes.ToDictionary(a => a.Id, _ => new DashboardTally());
    private readonly Dictionary<Guid, DashboardTally> _byOrganisation = [];

    public IEnumerable<DashboardTally> TalliesOf(Guid axisId, Guid? organisationId)
    {
        yield return _totals;
        yield return _byAxis.TryGetValue(axisId, out var axis) ? axis : _byAxis[axisId] = new DashboardTally();
        var key = organisationId ?? Guid.Empty;
        yield return _byOrganisation.TryGetValue(key, out var organisation) ? organisation : _byOrganisation[key] = new DashboardTally();
    }

    public DashboardFigures Totals => _totals.Figures();

    /// <summary>In the roadmap's order, archived axes last (as on the roadmap's page).</summary>
    public List<AxisDashboard> Axes() =>
        [.. axes.OrderBy(a => a.IsArchived).ThenBy(a => a.Position).Select(a => new AxisDashboard(a.Id, a.Position, a.Title, a.IsArchived, _byAxis[a.Id].Figures()))];

    /// <summary>By name, the actions carried by no organisation last.</summary>
    public List<OrganisationDashboard> Organisations(IReadOnlyDictionary<Guid, string> names) =>
        [.. _byOrganisation
            .Select(o => o.Key == Guid.Empty
                ? new OrganisationDashboard(null, RoadmapDashboard.WithoutOrganisation, o.Value.Figures())
                : new OrganisationDashboard(o.Key, names[o.Key], o.Value.Figures()))
            .OrderBy(o => o.Id is null).ThenBy(o => o.Name, FrenchFormat.Order)];
}
