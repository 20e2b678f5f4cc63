using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Roadmap.Web.Tests.Api;

/// <summary>
/// What the API answers when no endpoint can: every answer under /api/v1 is a JSON problem, and a
/// body that cannot be read is the client's mistake (a 400 and one warning line), never a failure.
/// </summary>
public sealed class ApiEdgesTests(ApiEdgesWebApp app) : IClassFixture<ApiEdgesWebApp>
{
    public static readonly TheoryData<string, string> Unserved = new()
    {
        { "GET", "/api/v1/nothing-here" },
        { "GET", "/api/v1/nothing/here" },
        { "GET", "/api/v1/nothing/here/at/all.json" },
        { "GET", "/api/v1/actions/x" },
        { "POST", "/api/v1/actions/x/withdraw" },
        { "DELETE", "/api/v1/comments/not-an-id" },
        { "PUT", "/api/v1/comments/123/upvote" },
    };

    /// <summary>Addresses whose shape a route of another method serves: routing answers 405 before any constraint is tried.</summary>
    public static readonly TheoryData<string, string> OtherMethods = new()
    {
        { "PATCH", "/api/v1/roadmaps/usages-numeriques-sarthe/actions" },
        { "DELETE", "/api/v1/me/notifications/read" },
        { "POST", "/api/v1/nothing/here" },
    };

    public static readonly TheoryData<string> UnreadableBodies = new()
    {
        "{\"title\": ",
        "{\"title\": 5, \"axisId\": [true]}",
        "[1, 2, 3]",
        "",
    };

    [Theory]
    [MemberData(nameof(Unserved))]
    public async Task AnAddressNoEndpointServesIsAJsonNotFoundProblem(string method, string path)
    {
        var client = await app.ActorAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Aucune ressource de l'API ne se trouve à cette adresse.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task AMethodTheAddressDoesNotAcceptIsAJsonProblemThatSaysWhichItDoes(string method, string path)
    {
        var client = await app.ActorAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(response.Content.Headers.Allow);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Méthode non acceptée", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AChallengeWithoutCredentialsIsAJsonProblemInFrench()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync("/api/v1/me/notifications");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Connexion requise", problem.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task AnUnreadableBodyIsABadRequestProblemInFrench(string body)
    {
        var client = await app.ActorAsync();

        using var response = await client.PostAsync("/api/v1/roadmaps/usages-numeriques-sarthe/actions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Requête illisible", problem.GetProperty("title").GetString());
        Assert.StartsWith("Le contenu envoyé est illisible", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableBodyIsLoggedAsOneWarningWithoutStackTrace()
    {
        var client = await app.ActorAsync();
        var path = $"/api/v1/roadmaps/journal-{Guid.NewGuid():N}/actions";

        using var response = await client.PostAsync(path, new StringContent("{\"title\": ", Encoding.UTF8, "application/json"));

        var lines = app.Logs.Records.Where(r => r.Contains(path, StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(lines, l => l.StartsWith("Warning ", StringComparison.Ordinal));
        Assert.DoesNotContain(" at ", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Records, r => r.StartsWith("Error ", StringComparison.Ordinal) || r.StartsWith("Critical ", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Records, r => r.Contains("BadHttpRequestException", StringComparison.Ordinal));
    }
}
