using System.Globalization;

namespace Roadmap.Web.Components.Shared.Charts;

/// <summary>
/// One axis of a chart: maps a domain (days or values) onto a pixel range. A domain of a single point is
/// widened, so nothing ever divides by zero (no NaN or Infinity in the markup).
/// </summary>
public sealed class ChartScale
{
    private ChartScale(double min, double max, double from, double to)
    {
        Min = min;
        Max = max;
        From = from;
        To = to;
    }

    public double Min { get; }
    public double Max { get; }
    public double From { get; }
    public double To { get; }

    /// <summary>A scale over <paramref name="values"/>, widened by <paramref name="padding"/> when they are all equal (or absent: 0 to 1).</summary>
    public static ChartScale Over(IReadOnlyCollection<double> values, double from, double to, Func<double, double> padding)
    {
        if (values.Count == 0)
        {
            return new ChartScale(0, 1, from, to);
        }

        var (min, max) = (values.Min(), values.Max());
        if (max - min <= 0)
        {
            var pad = padding(min);
            (min, max) = (min - pad, max + pad);
        }

        return new ChartScale(min, max, from, to);
    }

    /// <summary>The same scale over [<paramref name="min"/>, <paramref name="max"/>] (after rounding to ticks).</summary>
    public ChartScale Spanning(double min, double max) => max > min ? new ChartScale(min, max, From, To) : this;

    public double Map(double value) => From + ((value - Min) / (Max - Min) * (To - From));

    /// <summary>A coordinate as the markup writes it: one decimal at most, invariant.</summary>
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
