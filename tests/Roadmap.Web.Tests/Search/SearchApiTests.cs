using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Search;

public sealed class SearchApiTests(SearchWebApp app) : IClassFixture<SearchWebApp>
{
    private const string Api = $"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions";

    [Fact]
    public async Task ReturnsOnePageWithItsTotals()
    {
        using var client = app.Anonymous();

        var page = await client.GetFromJsonAsync<JsonElement>($"{Api}?pageSize=3&page=2");

        Assert.True(page.GetProperty("total").GetInt32() > 3);
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(3, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("pageCount").GetInt32() >= 2);
        var item = page.GetProperty("items")[0];
        foreach (var field in new[] { "id", "title", "summary", "axisTitle", "organisationName", "status", "progressPercent", "supportCount", "commentCount", "createdAt" })
        {
            Assert.True(item.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task FiltersByStatusName()
    {
        using var client = app.Anonymous();

        var page = await client.GetFromJsonAsync<JsonElement>($"{Api}?status=Proposed&pageSize=100");

        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("Proposed", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task RandomOrderSentBackTheSeedItUsed()
    {
        using var client = app.Anonymous();

        var page = await client.GetFromJsonAsync<JsonElement>($"{Api}?sort=random");

        Assert.Equal(JsonValueKind.Number, page.GetProperty("seed").ValueKind);
    }

    [Fact]
    public async Task ATooLargePageSizeIsA422WithAFrenchError()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri($"{Api}?pageSize=1000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Le nombre d'actions par page doit être compris entre 1 et 100.", problem.GetProperty("errors").GetProperty("pageSize")[0].GetString());
    }

    [Theory]
    [InlineData("axis=pas-un-id", "axis")]
    [InlineData("page=deux", "page")]
    [InlineData("sort=populaires", "sort")]
    public async Task MalformedParametersAre422WithTheirName(string query, string field)
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri($"{Api}?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task UnknownRoadmapIs404()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/roadmaps/inconnue/actions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
