using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// The bearer stamp check with its real interval (one minute): what it remembers of an account must not
/// refuse a token signed in after the account's stamp changed (a role granted, a standing approved,
/// every session ended).
/// </summary>
public sealed class BearerStampCacheTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task ATokenSignedInJustAfterTheStampChangedWorksAtOnce()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var first = await ClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/me/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync("/api/v1/auth/logout-all", null)).StatusCode);

        using var second = await ClientAsync(email);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/me/notifications")).StatusCode);
    }

    private async Task<HttpClient> ClientAsync(string email)
    {
        using var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = WebApp.Password });
        login.EnsureSuccessStatusCode();
        var client = app.Anonymous();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
