using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Bench;

/// <summary>The follow-up of the retained actions, built with the domain's own methods, for the dashboard scenarios.</summary>
internal static class BenchFollowUp
{
    /// <summary>
    /// Of the retained actions, a third stay retained, half go in progress (one in six of all flagged late), the rest
    /// are done; each gets amounts for 2026 and 2027 and a yearly value of each indicator for 2026 to 2028.
    /// Returns the measured values (the indicators show the latest).
    /// </summary>
    public static List<IndicatorValue> Follow(Random random, List<RoadmapAction> actions, Guid facilitator, DateTimeOffset now)
    {
        var values = new List<IndicatorValue>();
        var recordedAt = now.AddYears(3);
        foreach (var action in actions.Where(a => a.Status == ActionStatus.Retained))
        {
            var roll = random.Next(6);
            if (roll >= 2)
            {
                action.ReportProgress(facilitator, roll == 5 ? 100 : random.Next(5, 95), "Point d'étape.", now.AddDays(30));
            }

            if (roll == 2)
            {
                action.FlagDifficulty(ActionDifficulty.Late, "Retard de livraison du matériel.", now.AddDays(31));
            }

            action.SetBudgetYears([new ActionBudgetYear(2026, 5_000 + (random.Next(20) * 1_000), 2_000), new ActionBudgetYear(2027, 3_000, random.Next(3) * 1_000)], now.AddDays(31));
            foreach (var indicator in action.Indicators)
            {
                for (var year = 2026; year <= 2028; year++)
                {
                    var on = new DateOnly(year, 6, 1);
                    var value = random.Next(0, (int)indicator.Target + 1);
                    values.Add(IndicatorValue.Record(indicator, on, value, "Bilan annuel", "", facilitator, recordedAt));
                    indicator.ShowLatest(value, on);
                }
            }
        }

        return values;
    }
}
