using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.FollowUp.GetRoadmapDashboard;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class GetRoadmapDashboardTests : ApplicationTest
{
    private async Task<(DashboardScene Scene, RoadmapDashboard Dashboard)> DashboardAsync()
    {
        var scene = await DashboardScene.CreateAsync(Host);
        return (scene, await Host.SendAsync(new GetRoadmapDashboard(scene.Roadmap.Slug)));
    }

    [Fact]
    public async Task CountsActionsByStatusPerAxisWithoutHiddenOnes()
    {
        var (_, dashboard) = await DashboardAsync();

        Assert.Equal(["Inclusion numérique", "Services numériques"], dashboard.Axes.Select(a => a.Title));
        var first = dashboard.Axes[0].Figures;
        Assert.Equal(4, first.Actions);
        Assert.Equal((1, 1, 1, 1, 0), (first.CountOf(ActionStatus.Proposed), first.CountOf(ActionStatus.Retained), first.CountOf(ActionStatus.InProgress), first.CountOf(ActionStatus.Done), first.CountOf(ActionStatus.NotRetained)));
        var second = dashboard.Axes[1].Figures;
        Assert.Equal((2, 1, 1), (second.Actions, second.CountOf(ActionStatus.InProgress), second.CountOf(ActionStatus.NotRetained)));
        Assert.Equal(6, dashboard.Totals.Actions);
        Assert.Equal(Enum.GetValues<ActionStatus>(), dashboard.Totals.ByStatus.Select(s => s.Status));
    }

    [Fact]
    public async Task PercentDoneIsTheMeanProgressOfFollowedUpActions()
    {
        var (_, dashboard) = await DashboardAsync();

        Assert.Equal((3, 46), (dashboard.Axes[0].Figures.FollowedUp, dashboard.Axes[0].Figures.PercentDone)); // (0 + 40 + 100) / 3
        Assert.Equal((1, 60), (dashboard.Axes[1].Figures.FollowedUp, dashboard.Axes[1].Figures.PercentDone));
        Assert.Equal((4, 50), (dashboard.Totals.FollowedUp, dashboard.Totals.PercentDone));
        Assert.Equal(1, dashboard.Totals.InDifficulty);
    }

    [Fact]
    public async Task CountsIndicatorStatesFromBaselineOrFirstValue()
    {
        var (_, dashboard) = await DashboardAsync();

        Assert.Equal([1, 0, 0, 1, 1, 0], dashboard.Axes[0].Figures.Indicators.Select(s => s.Count)); // late, achieved, not measured
        Assert.Equal(DashboardFigures.StateOrder, dashboard.Axes[0].Figures.Indicators.Select(s => s.State));
        var second = dashboard.Axes[1].Figures;
        Assert.Equal((1, 1, 2), (second.CountOf(IndicatorState.Ahead), second.CountOf(IndicatorState.NoTrajectory), second.IndicatorCount));
        Assert.Equal(5, dashboard.Totals.IndicatorCount);
    }

    [Fact]
    public async Task SumsPlannedCommittedAndSpentBudgetsPerYear()
    {
        var (_, dashboard) = await DashboardAsync();

        Assert.Equal((360_000m, 80_000m, 20_000m), (dashboard.Axes[0].Figures.Planned, dashboard.Axes[0].Figures.Committed, dashboard.Axes[0].Figures.Spent));
        Assert.Equal([new BudgetYearFigures(2026, 50_000, 20_000), new BudgetYearFigures(2027, 30_000, 0)], dashboard.Totals.Years);
        Assert.Equal(480_000m, dashboard.Totals.Planned);
    }

    [Fact]
    public async Task GroupsByCarryingOrganisationThoseWithoutOneLast()
    {
        var (_, dashboard) = await DashboardAsync();

        Assert.Equal(
            [("La Flèche", 3, 2, 80_000m), ("Les Passeurs numériques", 1, 1, 0m), (RoadmapDashboard.WithoutOrganisation, 2, 1, 0m)],
            dashboard.Organisations.Select(o => (o.Name, o.Figures.Actions, o.Figures.FollowedUp, o.Figures.Committed)));
        Assert.Null(dashboard.Organisations[^1].Id);
    }

    [Fact]
    public async Task ArchivedRoadmapKeepsItsDashboard()
    {
        var scene = await DashboardScene.CreateAsync(Host);
        await Host.WithDbAsync(async db =>
        {
            var roadmap = await db.Roadmaps.FindAsync(scene.Roadmap.Id);
            roadmap!.Archive(RoadmapBuilder.Now.AddDays(30));
            return await db.SaveChangesAsync();
        });

        var dashboard = await Host.SendAsync(new GetRoadmapDashboard(scene.Roadmap.Slug));

        Assert.NotNull(dashboard.ArchivedAt);
        Assert.Equal(6, dashboard.Totals.Actions);
    }

    [Fact]
    public async Task UnknownRoadmapIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetRoadmapDashboard("inconnue")));
    }

    [Fact]
    public async Task EmptyRoadmapHasNoPercentDone()
    {
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        await Host.SaveAsync(builder.Owner, roadmap);

        var dashboard = await Host.SendAsync(new GetRoadmapDashboard(roadmap.Slug));

        Assert.Equal((0, (int?)null, 0m), (dashboard.Totals.Actions, dashboard.Totals.PercentDone, dashboard.Totals.Committed));
        Assert.Empty(dashboard.Organisations);
    }
}
