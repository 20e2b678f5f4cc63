using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>/api/v1/auth offers sign-in and renewal of bearer tokens, and none of Identity's other routes.</summary>
public sealed class AuthApiTests(AccountWebApp app) : IClassFixture<AccountWebApp>
{
    [Theory]
    [InlineData("POST", "/api/v1/auth/register")]
    [InlineData("POST", "/api/v1/auth/forgotPassword")]
    [InlineData("POST", "/api/v1/auth/resetPassword")]
    [InlineData("POST", "/api/v1/auth/resendConfirmationEmail")]
    [InlineData("GET", "/api/v1/auth/confirmEmail?userId=x&code=y")]
    [InlineData("GET", "/api/v1/auth/manage/info")]
    [InlineData("POST", "/api/v1/auth/manage/info")]
    [InlineData("POST", "/api/v1/auth/manage/2fa")]
    public async Task IdentityApiRoutesAreNotExposed(string method, string path)
    {
        using var client = app.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { email = WebApp.NewEmail(), password = WebApp.Password });
        }

        var response = await client.SendAsync(request);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
    }

    [Fact]
    public async Task LoginGivesATenMinuteAccessTokenAndARefreshToken()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var client = app.Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = WebApp.Password });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(600, body.GetProperty("expiresIn").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refreshToken").GetString()));
    }

    [Fact]
    public async Task WrongPasswordIs401WithFrenchProblemAndCountsAsAFailedAttempt()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var client = app.Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Pas-le-bon-123" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Adresse ou mot de passe incorrect.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(1, (await app.FindAsync(email))!.AccessFailedCount);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAsOnTheSignInPage()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Pas-le-bon-123" });
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = WebApp.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("bloquées", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshGivesNewTokensThatWork()
    {
        var tokens = await ApiTokens.SignInAsync(app, (await app.NewAccountAsync()).Email!);

        var refreshed = await ApiTokens.ReadAsync(await tokens.RefreshAsync(app));

        using var client = refreshed.Client(app);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me/notifications")).StatusCode);
    }

    [Fact]
    public async Task SigningOutEverywhereRevokesTheAccessToken()
    {
        var tokens = await ApiTokens.SignInAsync(app, (await app.NewAccountAsync()).Email!);
        using var client = tokens.Client(app);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout-all", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me/notifications")).StatusCode);
    }

    [Fact]
    public async Task SigningOutEverywhereRevokesTheRefreshToken()
    {
        var tokens = await ApiTokens.SignInAsync(app, (await app.NewAccountAsync()).Email!);
        using var client = tokens.Client(app);
        await client.PostAsync("/api/v1/auth/logout-all", null);

        var response = await tokens.RefreshAsync(app);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("reconnectez-vous", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
