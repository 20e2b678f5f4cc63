using Roadmap.Application.Common;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.FollowUp.GetActionIndicators;
using Roadmap.Web.Components.Shared.Charts;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// An indicator told in words: the summary sentence next to its chart (« 1 250 foyers raccordés au 31 mars 2026,
/// soit 42 % du chemin vers 3 000 ; en retard sur la trajectoire (57 % attendus). »), and the chart's data.
/// </summary>
public static class IndicatorSummary
{
    public static string Sentence(IndicatorFollowUpView indicator)
    {
        if (indicator.Latest is not { } latest || indicator.LatestOn is not { } on)
        {
            return $"Pas encore mesuré ; cible : {Quantity(indicator.Target, indicator.Unit)}{Due(indicator.DueOn)}.";
        }

        var progress = indicator.Progress;
        var way = progress.PercentDone is { } percent
            ? $", soit {percent} % du chemin vers {FrenchFormat.Number(indicator.Target)}"
            : $" pour une cible de {FrenchFormat.Number(indicator.Target)}";
        return $"{Quantity(latest, indicator.Unit)} au {FrenchFormat.Date(on)}{way} ; {Standing(progress, on)}.";
    }

    /// <summary>The share of the way the trajectory expects on <paramref name="day"/>, in whole percent (null without a trajectory).</summary>
    public static int? ExpectedPercent(IndicatorProgress progress, DateOnly day) =>
        progress.Trajectory is { } trajectory ? (int)Math.Round(trajectory.ExpectedShareOn(day) * 100m, MidpointRounding.ToZero) : null;

    public static LineChartData Chart(IndicatorFollowUpView indicator) => new(
        $"indicateur-{indicator.Id:N}",
        indicator.Name,
        $"{indicator.Values.Count} {(indicator.Values.Count > 1 ? "valeurs mesurées" : "valeur mesurée")} (trait plein) comparées à la trajectoire attendue (tirets) et à la cible (pointillés). {Sentence(indicator)}",
        [.. indicator.Values.Select(v => new ChartPoint(v.On, v.Value))],
        indicator.Progress.Trajectory is { } t ? new ChartTrajectory(t.StartsOn, t.Baseline, t.DueOn, t.Target) : null,
        indicator.Target);

    public static string Quantity(decimal value, string unit) =>
        unit.Length == 0 ? FrenchFormat.Number(value) : $"{FrenchFormat.Number(value)} {unit}";

    private static string Standing(IndicatorProgress progress, DateOnly on) => progress.State switch
    {
        IndicatorState.Late => $"en retard sur la trajectoire ({ExpectedPercent(progress, on)} % attendus)",
        IndicatorState.OnTrack => $"dans les temps ({ExpectedPercent(progress, on)} % attendus)",
        IndicatorState.Ahead => $"en avance sur la trajectoire ({ExpectedPercent(progress, on)} % attendus)",
        IndicatorState.Achieved => "cible atteinte",
        _ => "sans échéance, pas de trajectoire à comparer",
    };

    private static string Due(DateOnly? dueOn) => dueOn is { } due ? $" d'ici le {FrenchFormat.Date(due)}" : "";
}
