using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>The API's bearer tokens, as a client gets, renews and sends them.</summary>
internal sealed record ApiTokens(string Access, string Refresh)
{
    public static async Task<ApiTokens> SignInAsync(AccountWebApp app, string email, string password = WebApp.Password)
    {
        using var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public static async Task<ApiTokens> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new ApiTokens(body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    public async Task<HttpResponseMessage> RefreshAsync(AccountWebApp app)
    {
        using var client = app.Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = Refresh });
    }

    /// <summary>A client sending the access token.</summary>
    public HttpClient Client(AccountWebApp app)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Access);
        return client;
    }
}
