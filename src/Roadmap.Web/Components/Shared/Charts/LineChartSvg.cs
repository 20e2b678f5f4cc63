using System.Xml.Linq;
using Roadmap.Application.Common;

namespace Roadmap.Web.Components.Shared.Charts;

/// <summary>
/// Draws an indicator's chart as SVG markup on the server (no script, no library): the measured values as a
/// solid line with points, the trajectory dashed, the target dotted, graduations in French. Built with
/// <see cref="XElement"/>, so names and labels are escaped and the markup is well-formed XML. Colours are
/// presentation attributes: the markup stands alone (page, print, tests).
/// </summary>
public static class LineChartSvg
{
    public const double Width = 320;
    public const double Height = 180;
    public const string MeasuredColour = "#1d5a8c";
    public const string TrajectoryColour = "#4a5360";
    public const string TargetColour = "#8a4b00";

    /// <summary>Graduations and dates: 11.5:1 on white (RGAA asks 4.5:1 for text).</summary>
    public const string AxisTextColour = "#3a3a3a";
    public const string GridColour = "#c9d0d9";

    private const double Top = 16;
    private const double Bottom = 24;
    private const double Right = 12;
    private const double Left = 8;

    /// <summary>
    /// A character's width at the charts' font size (10), taken wide: Debian's default sans-serif (DejaVu Sans) draws a
    /// digit 6.4 units wide, where narrower fonts made 5.6 look enough and a label at the edge was cut.
    /// </summary>
    public const double CharWidth = 6.5;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(LineChartData data)
    {
        var days = data.Values.Select(v => (double)v.On.DayNumber).ToList();
        var numbers = data.Values.Select(v => (double)v.Value).Append((double)data.Target).ToList();
        if (data.Trajectory is { } t)
        {
            days.AddRange([t.StartsOn.DayNumber, t.DueOn.DayNumber]);
            numbers.Add((double)t.Baseline);
        }

        var y = ChartScale.Over(numbers, Height - Bottom, Top, v => Math.Max(Math.Abs(v) * 0.1, 1));
        var ticks = ChartTicks.Values(y.Min, y.Max);
        y = y.Spanning(ticks[0], ticks[^1]);
        var labels = ticks.Select(v => (Value: v, Text: FrenchFormat.Number((decimal)v))).ToList();
        var left = Left + (labels.Max(l => l.Text.Length) * CharWidth);
        var x = ChartScale.Over(days, left, Width - Right, _ => 30);

        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{data.Id}-titre {data.Id}-desc"),
            new XAttribute("class", "line-chart"),
            new XAttribute("font-size", "10"),
            new XElement(Svg + "title", new XAttribute("id", $"{data.Id}-titre"), data.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{data.Id}-desc"), data.Description),
            Grid(labels, x, y),
            days.Count > 0 ? DateAxis(x) : null,
            TargetLine(data.Target, x, y),
            data.Trajectory is { } trajectory ? TrajectoryLine(trajectory, x, y) : null,
            Measured(data.Values, x, y));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Grid(IEnumerable<(double Value, string Text)> labels, ChartScale x, ChartScale y) =>
        new(Svg + "g", new XAttribute("class", "grid"), new XAttribute("stroke", GridColour), new XAttribute("fill", AxisTextColour),
            labels.SelectMany(l => new[]
            {
                Line(x.From, y.Map(l.Value), x.To, y.Map(l.Value)),

                // Without « stroke: none » the text would take the grid's pale stroke and look grey.
                Text(x.From - 4, y.Map(l.Value) + 3.5, l.Text, "end", new XAttribute("stroke", "none")),
            }));

    private static XElement DateAxis(ChartScale x) =>
        new(Svg + "g", new XAttribute("class", "dates"), new XAttribute("fill", AxisTextColour),
            ChartTicks.Dates(DateOnly.FromDayNumber((int)Math.Ceiling(x.Min)), DateOnly.FromDayNumber((int)Math.Floor(x.Max)))
                .Select(t => DateLabel(x.Map(t.On.DayNumber), t.Label)));

    /// <summary>A date under its tick: centred, or ending (starting) there when centred it would pass the right (left) edge.</summary>
    private static XElement DateLabel(double at, string label)
    {
        var half = label.Length * CharWidth / 2;
        var anchor = at + half > Width ? "end" : at - half < 0 ? "start" : "middle";
        return Text(at, Height - 8, label, anchor);
    }

    private static XElement TargetLine(decimal target, ChartScale x, ChartScale y) =>
        new(Svg + "g", new XAttribute("class", "target"), new XAttribute("stroke", TargetColour), new XAttribute("fill", TargetColour),
            Line(x.From, y.Map((double)target), x.To, y.Map((double)target), new XAttribute("stroke-width", "1.5"), new XAttribute("stroke-dasharray", "2 3")),
            Text(x.To, y.Map((double)target) - 4, $"Cible : {FrenchFormat.Number(target)}", "end", new XAttribute("stroke", "none")));

    private static XElement TrajectoryLine(ChartTrajectory t, ChartScale x, ChartScale y) =>
        Line(x.Map(t.StartsOn.DayNumber), y.Map((double)t.Baseline), x.Map(t.DueOn.DayNumber), y.Map((double)t.Target),
            new XAttribute("class", "trajectory"), new XAttribute("stroke", TrajectoryColour), new XAttribute("stroke-width", "1.5"),
            new XAttribute("stroke-dasharray", "6 4"));

    private static XElement? Measured(IReadOnlyList<ChartPoint> values, ChartScale x, ChartScale y)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var points = values.Select(v => (X: ChartScale.Coordinate(x.Map(v.On.DayNumber)), Y: ChartScale.Coordinate(y.Map((double)v.Value)))).ToList();
        return new XElement(Svg + "g", new XAttribute("class", "measured"), new XAttribute("stroke", MeasuredColour), new XAttribute("fill", MeasuredColour),
            values.Count > 1
                ? new XElement(Svg + "polyline", new XAttribute("points", string.Join(' ', points.Select(p => $"{p.X},{p.Y}"))),
                    new XAttribute("fill", "none"), new XAttribute("stroke-width", "2"))
                : null,
            points.Select(p => new XElement(Svg + "circle", new XAttribute("cx", p.X), new XAttribute("cy", p.Y), new XAttribute("r", "3"))));
    }

    private static XElement Line(double x1, double y1, double x2, double y2, params object[] more) =>
        new(Svg + "line",
            new XAttribute("x1", ChartScale.Coordinate(x1)), new XAttribute("y1", ChartScale.Coordinate(y1)),
            new XAttribute("x2", ChartScale.Coordinate(x2)), new XAttribute("y2", ChartScale.Coordinate(y2)), more);

    private static XElement Text(double x, double y, string text, string anchor, params object[] more) =>
        new(Svg + "text",
            new XAttribute("x", ChartScale.Coordinate(x)), new XAttribute("y", ChartScale.Coordinate(y)), new XAttribute("text-anchor", anchor), more, text);
}
