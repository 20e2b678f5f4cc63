using Bunit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.FollowUp.GetActionIndicators;
using Roadmap.Web.Components.Pages.Actions;
using Roadmap.Web.Components.Shared.Charts;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Charts;

public sealed class IndicatorFollowUpTests : BunitContext
{
    private static readonly IndicatorTrajectory Trajectory = new(0m, new DateOnly(2025, 1, 1), 3_000m, new DateOnly(2027, 1, 1));

    private static readonly MeasuredValue[] Values =
    [
        new(new DateOnly(2025, 6, 30), 400m),
        new(new DateOnly(2025, 12, 31), 900m),
        new(new DateOnly(2026, 3, 31), 1_250m),
    ];

    private readonly Guid _actionId = Guid.NewGuid();

    [Fact]
    public void ShowsTheSummarySentenceWithTheStateInWords()
    {
        var cut = RenderFollowedUp(Indicator(Values, IndicatorState.Late));

        Assert.Equal(
            $"{FrenchFormat.Number(1_250m)} foyers raccordés au 31 mars 2026, soit 41 % du chemin vers {FrenchFormat.Number(3_000m)} ; en retard sur la trajectoire (62 % attendus).",
            cut.Find(".indicator-summary").TextContent);
        Assert.Equal("En retard", cut.Find(".indicator-state .badge").TextContent);
    }

    [Fact]
    public void GivesEveryValueInATableAlternativeToTheChart()
    {
        var cut = RenderFollowedUp(Indicator(Values, IndicatorState.Late));

        var rows = cut.FindAll("details table tbody tr");
        Assert.Equal(["30 juin 2025", "31 décembre 2025", "31 mars 2026"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal([FrenchFormat.Number(400m), FrenchFormat.Number(900m), FrenchFormat.Number(1_250m)], rows.Select(r => r.QuerySelectorAll("td")[0].TextContent));
        Assert.Equal("Voir les données", cut.Find("details summary").TextContent);
        Assert.Single(cut.FindAll("svg.line-chart[role=img]"));
    }

    [Fact]
    public void AnIndicatorNotYetMeasuredSaysSoWithoutAChart()
    {
        var cut = RenderFollowedUp(Indicator([], IndicatorState.NotMeasured));

        Assert.Equal("Pas encore mesuré", cut.Find(".indicator-state .badge").TextContent);
        Assert.Equal($"Pas encore mesuré ; cible : {FrenchFormat.Number(3_000m)} foyers raccordés d'ici le 1 janvier 2027.", cut.Find(".indicator-summary").TextContent);
        Assert.Empty(cut.FindAll("svg.line-chart"));
    }

    [Fact]
    public void AnActionNotFollowedUpKeepsThePlainTable()
    {
        Services.AddSingleton<IMediator>(new FakeMediator().On<GetActionIndicators>(new ActionIndicatorsView(_actionId, false, [])));

        var cut = Render<IndicatorFollowUp>(p => p
            .Add(c => c.ActionId, _actionId)
            .Add(c => c.Indicators, [new SuccessIndicator("Foyers raccordés", "foyers", 0, 3_000, null)]));

        Assert.Equal("Foyers raccordés", cut.Find("table tbody th").TextContent);
        Assert.Empty(cut.FindAll("svg"));
    }

    [Fact]
    public void TheSparklineIsNamedByWhatItShows()
    {
        var cut = Render<Sparkline>(p => p.Add(s => s.Values, [120m, 200m, 180m, 300m, 340m]));

        var svg = cut.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("de 120 à 340 en 5 mesures", svg.GetAttribute("aria-label"));
        Assert.Equal(5, cut.Find("polyline").GetAttribute("points")!.Split(' ').Length);
    }

    [Fact]
    public void ASparklineOfOneValueIsADot()
    {
        var cut = Render<Sparkline>(p => p.Add(s => s.Values, [7m]));

        Assert.Equal("7 en 1 mesure", cut.Find("svg").GetAttribute("aria-label"));
        Assert.Empty(cut.FindAll("polyline"));
        Assert.Single(cut.FindAll("circle"));
    }

    private IRenderedComponent<IndicatorFollowUp> RenderFollowedUp(IndicatorFollowUpView indicator)
    {
        Services.AddSingleton<IMediator>(new FakeMediator().On<GetActionIndicators>(new ActionIndicatorsView(_actionId, true, [indicator])));
        return Render<IndicatorFollowUp>(p => p.Add(c => c.ActionId, _actionId).Add(c => c.Indicators, []));
    }

    private static IndicatorFollowUpView Indicator(MeasuredValue[] values, IndicatorState state)
    {
        var latest = values.LastOrDefault();
        var progress = new IndicatorProgress(0m, latest?.Value, latest?.On, 3_000m, latest is null ? null : 41, state, Trajectory);
        return new IndicatorFollowUpView(
            Guid.NewGuid(), "Foyers raccordés", "foyers raccordés", 0m, new DateOnly(2025, 1, 1), latest?.Value, latest?.On, 3_000m,
            new DateOnly(2027, 1, 1), progress, values);
    }
}
