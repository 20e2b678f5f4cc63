using Roadmap.Application.Common;

namespace Roadmap.Web.Components.Shared.Charts;

/// <summary>Where the axes get their graduations: round numbers (1, 2 or 5 times a power of ten) and the first days of months or years.</summary>
public static class ChartTicks
{
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240];

    /// <summary>About <paramref name="count"/> round values covering [<paramref name="min"/>, <paramref name="max"/>] (max above min).</summary>
    public static IReadOnlyList<double> Values(double min, double max, int count = 4)
    {
        var step = RoundStep((max - min) / count);
        var first = Math.Floor(min / step);
        var last = Math.Ceiling(max / step);
        return [.. Enumerable.Range(0, (int)(last - first) + 1).Select(i => (first + i) * step)];
    }

    /// <summary>The first days of months (or years) between the two dates, at most about <paramref name="count"/>, labelled in French.</summary>
    public static IReadOnlyList<(DateOnly On, string Label)> Dates(DateOnly min, DateOnly max, int count = 4)
    {
        var months = ((max.Year - min.Year) * 12) + max.Month - min.Month;
        var step = MonthSteps.FirstOrDefault(s => months / s <= count, MonthSteps[^1]);
        var format = step >= 12 ? "yyyy" : "MMM yyyy";
        var ticks = new List<(DateOnly, string)>();
        for (var day = new DateOnly(min.Year, min.Month, 1); day <= max; day = day.AddMonths(1))
        {
            if (day >= min && (((day.Year * 12) + day.Month - 1) % step) == 0)
            {
                ticks.Add((day, day.ToString(format, FrenchFormat.Culture)));
            }
        }

        return ticks.Count > 0 ? ticks : [(min, FrenchFormat.Date(min))];
    }

    private static double RoundStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }
}
