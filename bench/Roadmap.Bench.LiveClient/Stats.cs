using System.Diagnostics;

namespace Roadmap.Bench.LiveClient;

internal static class Stats
{
    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public static Percentiles Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN)
            : new Percentiles(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double rank) => sorted[(int)Math.Min(sorted.Length - 1, Math.Max(0, Math.Ceiling(rank * sorted.Length) - 1))];
}
