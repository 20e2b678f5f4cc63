using System.Net;
using System.Net.Http.Json;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Pages;

/// <summary>
/// The roadmap page's axes and action cards, written once for each shared read of the roadmap (issue 14): every signed-in
/// reader of the same read gets the same HTML, and a change through the app is on the next page.
/// </summary>
public sealed class RoadmapPageCardsTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly string RoadmapPath = $"/feuilles-de-route/{DemoFacts.Sarthe}";

    [Fact]
    public async Task TwoReadersOfTheSameAudienceGetTheSameCards()
    {
        using var citizen = await app.SignedInAsync(DemoFacts.Citizen);
        using var actor = await app.SignedInAsync(DemoFacts.Actor);

        var first = (await FormPost.GetPageAsync(citizen, RoadmapPath)).QuerySelectorAll("section.axis").Select(s => s.OuterHtml).ToList();
        var second = (await FormPost.GetPageAsync(actor, RoadmapPath)).QuerySelectorAll("section.axis").Select(s => s.OuterHtml).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.All(first, axis => Assert.Contains("class=\"action-card\"", axis, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAxisRenamedThroughTheAppIsOnTheNextSignedInPage()
    {
        using var reader = await app.SignedInAsync(DemoFacts.Citizen);
        var axis = (await FormPost.GetPageAsync(reader, RoadmapPath)).QuerySelector("section.axis h3")!;
        var axisId = axis.Id!["axe-".Length..];
        var title = $"Axe renommé <b>{Guid.NewGuid():N}</b>";

        using var admin = await app.BearerAsync(DemoFacts.Administrator);
        using var edited = await admin.PutAsJsonAsync($"/api/v1/admin/axes/{axisId}", new { title, description = "", objectives = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var after = (await FormPost.GetPageAsync(reader, RoadmapPath)).QuerySelector($"h3#{axis.Id}")!;
        Assert.Contains(title, after.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("b"));
    }
}
