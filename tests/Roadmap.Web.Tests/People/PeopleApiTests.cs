using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.People;

/// <summary>Following, notifications, personal data and administration through /api/v1, signed in by bearer token.</summary>
public sealed class PeopleApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Sarthe = "usages-numeriques-sarthe";

    [Fact]
    public async Task FollowingAnActionAnswersNoContentAndRecordsTheFollow()
    {
        var client = await app.BearerAsync(DemoFacts.Facilitator);
        var actionId = await AnyActionAsync();

        var response = await client.PutAsync($"/api/v1/actions/{actionId}/follow", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var me = await app.IdOfAsync(DemoFacts.Facilitator);
        Assert.True(await app.WithDbAsync(db => db.Follows.AnyAsync(f => f.UserId == me && f.Target == FollowTarget.Action && f.TargetId == actionId)));
    }

    [Fact]
    public async Task UnfollowingARoadmapNotFollowedAnswersNoContent()
    {
        var client = await app.BearerAsync(DemoFacts.Facilitator);

        var response = await client.DeleteAsync($"/api/v1/roadmaps/{Sarthe}/follow");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task FollowingAnUnknownRoadmapIsNotFound()
    {
        var client = await app.BearerAsync(DemoFacts.Facilitator);

        var response = await client.PutAsync("/api/v1/roadmaps/inconnue/follow", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FollowingWithoutSigningInIsUnauthorized()
    {
        var response = await app.Anonymous().PutAsync($"/api/v1/roadmaps/{Sarthe}/follow", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task NotificationsListMineWithTheUnreadCount()
    {
        var client = await app.BearerAsync(DemoFacts.Citizen);
        await app.NotifyAsync(DemoFacts.Citizen, "Une réponse pour l'API");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications");

        Assert.Contains(page.GetProperty("items").EnumerateArray(), n => n.GetProperty("text").GetString() == "Une réponse pour l'API");
        Assert.True(page.GetProperty("unreadCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task NotificationsNeedASignedInCaller()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/me/notifications");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MarkingAnotherUsersNotificationIsNotFound()
    {
        var client = await app.BearerAsync(DemoFacts.Facilitator);
        var theirs = await app.NotifyAsync(DemoFacts.Citizen, "Pas pour l'animateur");

        var response = await client.PostAsJsonAsync("/api/v1/me/notifications/read", new { id = theirs });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MarkingAllReadLeavesNoneUnread()
    {
        var client = await app.BearerAsync(DemoFacts.Facilitator);
        await app.NotifyAsync(DemoFacts.Facilitator, "À lire");

        var result = await (await client.PostAsync("/api/v1/me/notifications/read", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, result.GetProperty("unreadCount").GetInt32());
        Assert.True(result.GetProperty("marked").GetInt32() >= 1);
    }

    [Fact]
    public async Task ExportHoldsTheAccount()
    {
        var client = await app.BearerAsync(DemoFacts.Citizen);

        var export = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/export");

        Assert.Equal(DemoFacts.Citizen, export.GetProperty("account").GetProperty("email").GetString());
    }

    [Fact]
    public async Task DeletingMyAccountWithTheWrongPasswordIsAProblem()
    {
        var user = await app.NewAccountAsync();
        var client = await app.BearerAsync(user.Email!, WebApp.Password);

        var response = await client.SendAsync(DeleteMe("Pas-le-bon-mot"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Le mot de passe est incorrect.", problem.GetProperty("errors").GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task DeletingMyAccountRemovesIt()
    {
        var user = await app.NewAccountAsync();
        var client = await app.BearerAsync(user.Email!, WebApp.Password);

        var response = await client.SendAsync(DeleteMe(WebApp.Password));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }

    [Fact]
    public async Task AdministratorListsAccounts()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/users?q=citoyen");

        var user = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(DemoFacts.Citizen, user.GetProperty("email").GetString());
    }

    [Fact]
    public async Task FacilitatorMayNotListAccounts()
    {
        var client = await app.BearerAsync(DemoFacts.Facilitator);

        var response = await client.GetAsync("/api/v1/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdministratorReplacesRoles()
    {
        var user = await app.NewAccountAsync();
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { roles = new[] { RoleNames.Actor } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([RoleNames.Actor], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task FacilitatorMayNotSetRoles()
    {
        var user = await app.NewAccountAsync();
        var client = await app.BearerAsync(DemoFacts.Facilitator);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { roles = new[] { RoleNames.Administrator } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownRoleIsAProblemOnThatRole()
    {
        var user = await app.NewAccountAsync();
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { roles = new[] { "Superuser" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("roles[0]", out _));
    }

    [Fact]
    public async Task AdministratorCannotDropTheirOwnAdministratorRole()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var me = await app.IdOfAsync(DemoFacts.Administrator);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/users/{me}/roles", new { roles = new[] { RoleNames.Citizen } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task SettingRolesOfAnUnknownAccountIsNotFound()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/users/{Guid.NewGuid()}/roles", new { roles = new[] { RoleNames.Citizen } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpRequestMessage DeleteMe(string password) =>
        new(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { password }) };

    private Task<Guid> AnyActionAsync() => app.WithDbAsync(db => db.Actions.OrderBy(a => a.Title).Select(a => a.Id).FirstAsync());
}
