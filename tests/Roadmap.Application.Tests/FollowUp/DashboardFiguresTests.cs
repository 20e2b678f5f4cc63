using System.Text.Json;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.FollowUp.GetRoadmapDashboard;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// The dashboard's figures against a count made by hand from the domain objects, over a roadmap of many mixed
/// actions (every status, hidden ones, difficulties, budgets, indicators with and without baseline, values).
/// </summary>
public sealed class DashboardFiguresTests : ApplicationTest
{
    [Fact]
    public async Task EveryFigureOfTheTotalsAxesAndOrganisationsMatchesAHandCount()
    {
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        Organisation?[] carriers =
        [
            Organisation.Create("La Flèche", OrganisationKind.Commune, "72154"),
            Organisation.Create("Les Passeurs numériques", OrganisationKind.Association),
            null,
        ];
        await Host.SaveAsync([builder.Owner, roadmap, .. carriers.OfType<Organisation>()]);
        var by = await Host.NewUserAsync("Animatrice");
        var random = new Random(12);
        var actions = new List<RoadmapAction>();
        var values = new List<IndicatorValue>();
        for (var i = 0; i < 48; i++)
        {
            var action = Mixed(roadmap, roadmap.Axes[i % 2], carriers[random.Next(carriers.Length)]?.Id, by, random, values);
            actions.Add(action);
        }

        await Host.SaveAsync([.. actions]);
        await Host.SaveAsync([.. values]);

        var dashboard = await Host.SendAsync(new GetRoadmapDashboard(roadmap.Slug));

        var visible = actions.Where(a => a.HiddenAt is null).ToList();
        var firsts = values.GroupBy(v => v.IndicatorId).ToDictionary(g => g.Key, g => g.MinBy(v => v.MeasuredOn)!);
        AssertSame(Expected(visible, firsts), dashboard.Totals);
        Assert.All(dashboard.Axes, axis => AssertSame(Expected([.. visible.Where(a => a.AxisId == axis.Id)], firsts), axis.Figures));
        Assert.Equal(visible.Select(a => a.OrganisationId).Distinct().Count(), dashboard.Organisations.Count);
        Assert.All(dashboard.Organisations, organisation =>
            AssertSame(Expected([.. visible.Where(a => a.OrganisationId == organisation.Id)], firsts), organisation.Figures));
        Assert.InRange(dashboard.Totals.FollowedUp, 10, 40);
        Assert.True(dashboard.Totals.Indicators.Count(s => s.Count > 0) >= 3, "the scene should give several indicator states");
    }

    private static RoadmapAction Mixed(TerritorialRoadmap roadmap, StrategicAxis axis, Guid? organisationId, Guid by, Random random, List<IndicatorValue> values)
    {
        var now = RoadmapBuilder.Now;
        var draft = Drafts.For(axis, $"Action {random.Next(1_000)}") with
        {
            OrganisationId = organisationId,
            Budget = new ActionBudget(random.Next(3) == 0 ? null : random.Next(1, 50) * 1_000m, ""),
            Indicators =
            [
                new SuccessIndicator("Personnes accompagnées", "personnes", 0, 200, new DateOnly(2028, 12, 31)),
                new SuccessIndicator("Lieux ouverts", "lieux", null, 40, random.Next(4) == 0 ? null : new DateOnly(2027, 12, 31)),
            ],
        };
        var action = RoadmapAction.Propose(roadmap, draft, by, now);
        var roll = random.Next(6);
        if (roll == 0)
        {
            return action;
        }

        action.StartReview(by, "Examen.", now.AddDays(1));
        if (roll == 1)
        {
            action.Reject(by, "Hors compétence.", now.AddDays(2));
            return action;
        }

        action.Retain(by, "Retenue.", now.AddDays(random.Next(2, 300)));
        if (roll >= 3)
        {
            action.ReportProgress(by, roll == 5 ? 100 : random.Next(1, 99), "Point d'étape.", now.AddDays(310));
        }

        if (roll is 2 or 3 && random.Next(2) == 0)
        {
            action.FlagDifficulty(ActionDifficulty.Late, "Retard.", now.AddDays(311));
        }

        action.SetBudgetYears([new ActionBudgetYear(2026 + random.Next(2), random.Next(1, 9) * 1_000m, random.Next(0, 5) * 1_000m)], now.AddDays(311));
        foreach (var indicator in action.Indicators)
        {
            foreach (var year in Enumerable.Range(2026, random.Next(4)))
            {
                var on = new DateOnly(year, random.Next(1, 13), 1);
                var value = random.Next(0, (int)indicator.Target + 20);
                values.Add(IndicatorValue.Record(indicator, on, value, "", "", by, now.AddYears(3)));
                indicator.ShowLatest(value, on);
            }
        }

        if (random.Next(8) == 0)
        {
            action.Hide("Doublon.", now.AddDays(320));
        }

        return action;
    }

    private static DashboardFigures Expected(List<RoadmapAction> visible, Dictionary<Guid, IndicatorValue> firsts)
    {
        var followed = visible.Where(a => a.IsFollowedUp).ToList();
        var states = followed.SelectMany(a => a.Indicators.Select(i =>
        {
            var first = i.Baseline is null ? firsts.GetValueOrDefault(i.Id) : null;
            return IndicatorProgress.Of(i, a.RetainedOn, first?.Value, first?.MeasuredOn).State;
        })).ToList();
        var years = followed.SelectMany(a => a.BudgetYears).GroupBy(y => y.Year).OrderBy(g => g.Key)
            .Select(g => new BudgetYearFigures(g.Key, g.Sum(y => y.Committed), g.Sum(y => y.Spent))).ToList();
        return new DashboardFigures(
            visible.Count,
            [.. Enum.GetValues<ActionStatus>().Select(s => new StatusCount(s, visible.Count(a => a.Status == s)))],
            followed.Count,
            followed.Count == 0 ? null : followed.Sum(a => a.ProgressPercent) / followed.Count,
            followed.Count(a => a.Difficulty != ActionDifficulty.None),
            [.. DashboardFigures.StateOrder.Select(s => new IndicatorStateCount(s, states.Count(x => x == s)))],
            followed.Sum(a => a.Budget.EstimatedAmount ?? 0m),
            years.Sum(y => y.Committed),
            years.Sum(y => y.Spent),
            years);
    }

    /// <summary>Every figure equal, numbers by value: PostgreSQL sums a budget as 545000.00 where the hand count has 545000.</summary>
    private static void AssertSame(DashboardFigures expected, DashboardFigures actual)
    {
        var (wanted, got) = (JsonSerializer.SerializeToElement(expected), JsonSerializer.SerializeToElement(actual));
        Assert.True(JsonElement.DeepEquals(wanted, got), $"attendu {wanted}, obtenu {got}");
    }
}
