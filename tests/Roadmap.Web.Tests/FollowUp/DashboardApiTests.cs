using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

/// <summary>GET /api/v1/roadmaps/{slug}/dashboard and « Ma commune » through the API: public reads, the same for every caller.</summary>
public sealed class DashboardApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Api = $"/api/v1/roadmaps/{DemoFacts.Sarthe}";

    public static TheoryData<string?> Callers => new() { null, DemoFacts.Citizen, DemoFacts.Actor, DemoFacts.Facilitator, DemoFacts.Administrator };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EveryoneReadsTheSameDashboard(string? caller)
    {
        using var client = caller is null ? app.Anonymous() : await app.BearerAsync(caller);
        var dashboard = await client.GetFromJsonAsync<JsonElement>($"{Api}/dashboard");
        using var anonymous = app.Anonymous();
        var reference = await anonymous.GetFromJsonAsync<JsonElement>($"{Api}/dashboard");

        Assert.Equal(reference.GetRawText(), dashboard.GetRawText());
        var totals = dashboard.GetProperty("totals");
        Assert.True(totals.GetProperty("actions").GetInt32() > 0);
        Assert.Equal(totals.GetProperty("actions").GetInt32(), dashboard.GetProperty("axes").EnumerateArray().Sum(a => a.GetProperty("figures").GetProperty("actions").GetInt32()));
        Assert.Equal("Late", totals.GetProperty("indicators")[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnUnknownRoadmapIsNotFound()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/roadmaps/inconnue/dashboard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FindsACommuneAndItsActions()
    {
        var search = await app.Anonymous().GetFromJsonAsync<JsonElement>($"{Api}/communes?q={Uri.EscapeDataString("la fleche")}");

        var commune = Assert.Single(search.GetProperty("matches").EnumerateArray());
        Assert.Equal("La Flèche", commune.GetProperty("name").GetString());
        Assert.NotEmpty(search.GetProperty("actions").GetProperty("directly").EnumerateArray());

        var actions = await app.Anonymous().GetFromJsonAsync<JsonElement>($"{Api}/communes/{commune.GetProperty("id").GetGuid()}/actions");
        Assert.Equal(search.GetProperty("actions").GetRawText(), actions.GetRawText());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%0D%0A")]
    public async Task AMissingTermIsAFrenchProblem(string query)
    {
        var response = await app.Anonymous().GetAsync($"{Api}/communes{query}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Saisissez le nom d'une commune ou son code postal.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEpciIsNoCommune()
    {
        var epci = await app.WithDbAsync(db => Task.FromResult(db.Organisations.First(o => o.Kind == Roadmap.Application.Domain.Organisations.OrganisationKind.Epci).Id));

        var response = await app.Anonymous().GetAsync($"{Api}/communes/{epci}/actions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
