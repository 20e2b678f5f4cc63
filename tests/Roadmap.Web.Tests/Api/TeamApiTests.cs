using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Api;

/// <summary>The team routes, and what a team member of one roadmap gets on the site.</summary>
public sealed class TeamApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static string Route(string slug, Guid? userId = null) => $"/api/v1/admin/roadmaps/{slug}/team" + (userId is { } id ? $"/{id}" : "");

    [Fact]
    public async Task AnAdministratorGrantsReadsAndRevokes()
    {
        var person = await app.NewAccountAsync(displayName: "Dominique Équipe");
        using var admin = await app.BearerAsync(DemoFacts.Administrator);

        var granted = await admin.PutAsJsonAsync(Route(DemoFacts.Sarthe, person.Id), new { role = "Facilitator" });
        var team = await admin.GetFromJsonAsync<JsonElement>(Route(DemoFacts.Sarthe));
        var revoked = await admin.DeleteAsync(Route(DemoFacts.Sarthe, person.Id));

        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        Assert.Contains(team.GetProperty("members").EnumerateArray(), m => m.GetProperty("userId").GetGuid() == person.Id && m.GetProperty("role").GetString() == "Facilitator");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
    }

    [Fact]
    public async Task AManagerOfOneRoadmapGrantsOnItAndIsRefusedOnAnother()
    {
        var manager = await app.NewAccountAsync();
        var person = await app.NewAccountAsync();
        using (var admin = await app.BearerAsync(DemoFacts.Administrator))
        {
            await admin.PutAsJsonAsync(Route(DemoFacts.Sarthe, manager.Id), new { role = "Manager" });
        }

        using var client = await app.BearerAsync(manager.Email!, WebApp.Password);
        var onItsOwn = await client.PutAsJsonAsync(Route(DemoFacts.Sarthe, person.Id), new { role = "Facilitator" });
        var onAnother = await client.PutAsJsonAsync(Route(DemoFacts.Herault, person.Id), new { role = "Facilitator" });

        Assert.Equal(HttpStatusCode.NoContent, onItsOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, onAnother.StatusCode);
        Assert.Contains("gestionnaires", (await onAnother.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoFacts.Citizen)]
    [InlineData(DemoFacts.Facilitator)]
    public async Task OthersAreRefused(string email)
    {
        var person = await app.NewAccountAsync();
        using var client = await app.BearerAsync(email);

        var response = await client.PutAsJsonAsync(Route(DemoFacts.Sarthe, person.Id), new { role = "Manager" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousCallerIsAskedToSignIn()
    {
        using var client = app.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutAsJsonAsync(Route(DemoFacts.Sarthe, Guid.NewGuid()), new { role = "Manager" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Route(DemoFacts.Sarthe))).StatusCode);
    }

    [Fact]
    public async Task BadInputGetsAProblem()
    {
        var person = await app.NewAccountAsync();
        using var admin = await app.BearerAsync(DemoFacts.Administrator);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PutAsJsonAsync(Route(DemoFacts.Sarthe, person.Id), new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync(Route(DemoFacts.Sarthe, person.Id), new { role = "Chef<script>" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync(Route("inconnue", person.Id), new { role = "Manager" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync(Route(DemoFacts.Sarthe, Guid.NewGuid()), new { role = "Manager" })).StatusCode);
    }

    [Fact]
    public async Task ATeamFacilitatorGetsTheModerationLinkAndTheTeamPage()
    {
        var member = await app.NewAccountAsync();
        using (var admin = await app.BearerAsync(DemoFacts.Administrator))
        {
            await admin.PutAsJsonAsync(Route(DemoFacts.Sarthe, member.Id), new { role = "Facilitator" });
        }

        using var client = await app.SignedInAsync(member.Email!, WebApp.Password);
        var home = await FormPost.GetPageAsync(client, "/");
        var team = await client.GetAsync($"/feuilles-de-route/{DemoFacts.Sarthe}/equipe");
        var other = await client.GetAsync($"/feuilles-de-route/{DemoFacts.Herault}/equipe");

        Assert.Contains(home.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/moderation");
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(HttpStatusCode.Found, other.StatusCode);
        Assert.StartsWith("/compte/acces-refuse", AccountTestSteps.Location(other), StringComparison.Ordinal);
    }
}
