using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Charts;

/// <summary>A followed-up action, arranged with domain methods in the demo's Sarthe roadmap, seen on its page and in the search list.</summary>
public sealed class IndicatorChartPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly DateTimeOffset RetainedAt = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AFollowedUpActionShowsItsChartSummaryAndData()
    {
        var (id, _) = await FollowedUpActionAsync();

        var page = await GetAsync($"/feuilles-de-route/{DemoFacts.Sarthe}/actions/{id}");

        var indicator = page.QuerySelector(".indicator")!;
        Assert.Equal("Personnes accompagnées", indicator.QuerySelector("h3")!.TextContent);
        var svg = indicator.QuerySelector("svg.line-chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(3, svg.QuerySelectorAll("circle").Length);
        Assert.Contains("au 1 septembre 2025", indicator.QuerySelector(".indicator-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, indicator.QuerySelectorAll("details table tbody tr").Length);
    }

    [Fact]
    public async Task TheSearchListShowsTheSparklineOfAFollowedUpAction()
    {
        var (_, title) = await FollowedUpActionAsync();

        var page = await GetAsync($"/feuilles-de-route/{DemoFacts.Sarthe}/actions?q={Uri.EscapeDataString(title)}");

        var glance = page.QuerySelector(".action-list .indicator-glance")!;
        Assert.Equal("de 100 à 600 en 3 mesures", glance.QuerySelector("svg[role=img]")!.GetAttribute("aria-label"));
        Assert.Equal(IndicatorState.Late.French(), glance.QuerySelector(".badge")!.TextContent);
    }

    private async Task<(Guid Id, string Title)> FollowedUpActionAsync()
    {
        var title = $"Suivi chiffré {Guid.NewGuid():N}";
        var id = await app.WithDbAsync(async db =>
        {
            var roadmap = await db.Roadmaps.Include(r => r.Axes).SingleAsync(r => r.Slug == DemoFacts.Sarthe);
            var person = await db.Users.Where(u => u.Email == DemoFacts.Administrator).Select(u => u.Id).SingleAsync();
            var draft = new ActionDraft(roadmap.Axes[0].Id, title, "Un résumé.", "", null, [], [],
                [new SuccessIndicator("Personnes accompagnées", "personnes", 0, 10_000, new DateOnly(2027, 1, 1))], new ActionBudget(null, ""), []);
            var action = RoadmapAction.Propose(roadmap, draft, person, RetainedAt);
            action.Retain(person, "Priorité", RetainedAt);
            var indicator = action.Indicators[0];
            var later = RetainedAt.AddYears(1);
            db.AddRange(action,
                IndicatorValue.Record(indicator, new DateOnly(2025, 3, 1), 100m, "", "", person, later),
                IndicatorValue.Record(indicator, new DateOnly(2025, 6, 1), 300m, "", "", person, later),
                IndicatorValue.Record(indicator, new DateOnly(2025, 9, 1), 600m, "", "", person, later));
            indicator.ShowLatest(600m, new DateOnly(2025, 9, 1));
            await db.SaveChangesAsync();
            return action.Id;
        });
        return (id, title);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string path)
    {
        var html = await app.Anonymous().GetStringAsync(path);
        return await new HtmlParser().ParseDocumentAsync(html);
    }
}
