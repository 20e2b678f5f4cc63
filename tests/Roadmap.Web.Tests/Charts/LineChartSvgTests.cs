using System.Globalization;
using System.Xml.Linq;
using Roadmap.Application.Common;
using Roadmap.Web.Components.Shared.Charts;

namespace Roadmap.Web.Tests.Charts;

public sealed class LineChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly Due = new(2027, 12, 31);

    [Fact]
    public void IsAnAccessibleImageNamedByItsTitleAndDescription()
    {
        var svg = Parse(Chart([new(Start.AddMonths(6), 1_250m)]));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", svg.Attribute("role")?.Value);
        var ids = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.Equal("Foyers raccordés", svg.Elements(Svg + "title").Single(e => e.Attribute("id")?.Value == ids[0]).Value);
        Assert.Equal("Résumé du graphique", svg.Elements(Svg + "desc").Single(e => e.Attribute("id")?.Value == ids[1]).Value);
        Assert.StartsWith("0 0 320 ", svg.Attribute("viewBox")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawsOnePointPerMeasuredValueJoinedByALine()
    {
        var values = new ChartPoint[] { new(Start.AddMonths(3), 100m), new(Start.AddMonths(9), 400m), new(Start.AddMonths(15), 900m) };

        var svg = Parse(Chart(values));

        var measured = Group(svg, "measured");
        Assert.Equal(3, measured.Elements(Svg + "circle").Count());
        Assert.Equal(3, measured.Element(Svg + "polyline")!.Attribute("points")!.Value.Split(' ').Length);
    }

    [Fact]
    public void DrawsTheTrajectoryDashedFromTheBaselineToTheTargetOnItsDueDate()
    {
        var svg = Parse(Chart([new(Start.AddMonths(6), 500m)]));

        var trajectory = svg.Elements(Svg + "line").Single(l => l.Attribute("class")?.Value == "trajectory");
        var (x1, y1, x2, y2) = Coordinates(trajectory);
        Assert.NotNull(trajectory.Attribute("stroke-dasharray"));
        Assert.True(x1 < x2, "the trajectory runs from the start to the due date");
        Assert.True(y1 > y2, "a rising target goes up the chart");
        Assert.Equal(320 - 12, x2);
        var target = Coordinates(Group(svg, "target").Element(Svg + "line")!);
        Assert.Equal(y2, target.Y1);
        Assert.Equal(y2, target.Y2);
    }

    [Fact]
    public void ADecreasingTargetGoesDownTheChart()
    {
        var data = Chart([new(Start.AddMonths(6), 900m)]) with { Trajectory = new ChartTrajectory(Start, 1_000m, Due, 600m), Target = 600m };

        var trajectory = Parse(data).Elements(Svg + "line").Single(l => l.Attribute("class")?.Value == "trajectory");

        var (_, y1, _, y2) = Coordinates(trajectory);
        Assert.True(y1 < y2);
    }

    public static TheoryData<string, ChartPoint[], bool> EdgeCases => new()
    {
        { "aucune valeur", [], true },
        { "une valeur", [new(new DateOnly(2026, 3, 1), 42m)], true },
        { "valeurs toutes égales", [new(new DateOnly(2026, 1, 1), 7m), new(new DateOnly(2026, 6, 1), 7m)], false },
        { "valeurs négatives", [new(new DateOnly(2026, 1, 1), -12.5m), new(new DateOnly(2026, 6, 1), -3m)], true },
        { "dates avant la situation de départ", [new(new DateOnly(2020, 1, 1), 10m), new(new DateOnly(2026, 6, 1), 900m)], true },
        { "une seule date et pas d'échéance", [new(new DateOnly(2026, 3, 1), 7m), new(new DateOnly(2026, 3, 1), 7m)], false },
        { "valeurs énormes", [new(new DateOnly(2026, 3, 1), -100_000_000_000_000m), new(new DateOnly(2026, 4, 1), 100_000_000_000_000m)], false },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void EdgeCasesGiveFiniteCoordinates(string label, ChartPoint[] values, bool withTrajectory)
    {
        var data = Chart(values) with { Trajectory = withTrajectory ? new ChartTrajectory(Start, 0m, Due, 7m) : null, Target = 7m };

        var svg = Parse(data);

        var numbers = svg.DescendantsAndSelf()
            .SelectMany(e => e.Attributes().Where(a => a.Name.LocalName is "x" or "y" or "x1" or "x2" or "y1" or "y2" or "cx" or "cy" or "points"))
            .SelectMany(a => a.Value.Split(' ', ','))
            .ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v), $"{label} : {n}"));
        Assert.All(numbers, n => Assert.True(n.Length - n.IndexOf('.', StringComparison.Ordinal) <= 2 || !n.Contains('.', StringComparison.Ordinal), $"{label} : {n} a plus d'une décimale"));
        Assert.Equal(values.Length, svg.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void GraduationsAreWrittenInFrench()
    {
        var svg = Parse(Chart([new(new DateOnly(2026, 3, 31), 1_250m)]) with { Target = 3_000m });

        var labels = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(FrenchFormat.Number(1_000m), labels);
        Assert.Contains($"Cible : {FrenchFormat.Number(3_000m)}", labels);
        Assert.Contains("2026", labels);
        Assert.DoesNotContain(labels, l => l.Contains("1,000", StringComparison.Ordinal) || l.Contains("1000", StringComparison.Ordinal));
    }

    [Fact]
    public void ShortSpansAreGraduatedInFrenchMonths()
    {
        var data = Chart([new(new DateOnly(2026, 1, 15), 1m), new(new DateOnly(2026, 3, 20), 2m)]) with { Trajectory = null };

        var labels = Group(Parse(data), "dates").Elements(Svg + "text").Select(t => t.Value).ToList();

        Assert.Equal(["févr. 2026", "mars 2026"], labels);
    }

    [Fact]
    public void NamesAndDescriptionsAreEscaped()
    {
        var data = Chart([]) with { Title = "<script>alert(1)</script> & co", Description = "\"guillemets\" <b>" };

        var svg = Parse(data);

        Assert.Equal("<script>alert(1)</script> & co", svg.Element(Svg + "title")!.Value);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "b");
    }

    [Fact]
    public void GraduationsAndDatesAreDarkTextWithoutThePaleStrokeOfTheGrid()
    {
        var svg = Parse(Chart([new(Start.AddMonths(6), 1_250m), new(Start.AddMonths(18), 2_000m)]));

        var texts = new[] { "grid", "dates" }.SelectMany(g => Group(svg, g).Elements(Svg + "text")).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, text =>
        {
            Assert.True(ContrastOnWhite(Inherited(text, "fill")) >= 4.5, $"« {text.Value} » : {Inherited(text, "fill")}");
            Assert.Equal("none", Inherited(text, "stroke") ?? "none");
        });
    }

    [Fact]
    public void ADateAtTheRightEdgeEndsAtItsTickInsteadOfPassingTheEdge()
    {
        var data = Chart([new(new DateOnly(2026, 1, 1), 1_250m)]) with { Trajectory = new ChartTrajectory(new DateOnly(2025, 1, 1), 0m, new DateOnly(2028, 1, 1), 3_000m) };

        var last = Group(Parse(data), "dates").Elements(Svg + "text").Last();

        Assert.Equal("2028", last.Value);
        Assert.Equal(320 - 12, Number(last, "x"));
        Assert.Equal("end", last.Attribute("text-anchor")!.Value);
        AssertInside(last);
    }

    [Fact]
    public void ADateAtTheLeftEdgeStartsAtItsTickInsteadOfPassingTheEdge()
    {
        // One-character graduations leave the narrowest margin on the left; a month's label is ten characters.
        var data = Chart([new(new DateOnly(2026, 1, 1), 1m), new(new DateOnly(2026, 3, 1), 4m)]) with { Trajectory = null, Target = 5m };

        var first = Group(Parse(data), "dates").Elements(Svg + "text").First();

        Assert.Equal("janv. 2026", first.Value);
        Assert.Equal("start", first.Attribute("text-anchor")!.Value);
        AssertInside(first);
    }

    /// <summary>The label's extent at <see cref="LineChartSvg.CharWidth"/> a character, from its anchor, is within the 320 units.</summary>
    private static void AssertInside(XElement text)
    {
        var (at, width) = (Number(text, "x"), text.Value.Length * LineChartSvg.CharWidth);
        var left = text.Attribute("text-anchor")!.Value switch { "end" => at - width, "start" => at, _ => at - (width / 2) };
        Assert.InRange(left, 0, 320 - width);
    }

    /// <summary>WCAG 2 contrast ratio of a #rrggbb colour on white.</summary>
    private static double ContrastOnWhite(string? colour)
    {
        static double Channel(string hex)
        {
            var c = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        Assert.Matches("^#[0-9a-fA-F]{6}$", colour);
        var luminance = (0.2126 * Channel(colour![1..3])) + (0.7152 * Channel(colour[3..5])) + (0.0722 * Channel(colour[5..7]));
        return 1.05 / (luminance + 0.05);
    }

    private static string? Inherited(XElement element, string attribute) =>
        element.AncestorsAndSelf().Select(e => e.Attribute(attribute)?.Value).FirstOrDefault(v => v is not null);

    private static LineChartData Chart(ChartPoint[] values) =>
        new("indicateur-1", "Foyers raccordés", "Résumé du graphique", values, new ChartTrajectory(Start, 0m, Due, 3_000m), 3_000m);

    private static XElement Parse(LineChartData data) => XDocument.Parse(LineChartSvg.Render(data)).Root!;

    private static XElement Group(XElement svg, string name) =>
        svg.Elements(Svg + "g").Single(g => g.Attribute("class")?.Value == name);

    private static (double X1, double Y1, double X2, double Y2) Coordinates(XElement line) =>
        (Number(line, "x1"), Number(line, "y1"), Number(line, "x2"), Number(line, "y2"));

    private static double Number(XElement element, string name) =>
        double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
