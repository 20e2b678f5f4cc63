using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Participation;

/// <summary>
/// The real app with the demo data (see <see cref="RoadmapWebFactory"/>), shared by a test class.
/// Bearer tokens are kept per account: signing in once per account stays under the login rate limit.
/// </summary>
public sealed class ParticipationWebApp : IDisposable
{
    public const string Sarthe = "usages-numeriques-sarthe";
    public const string Herault = "usages-services-numeriques-herault";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.OrdinalIgnoreCase);

    public RoadmapWebFactory Factory { get; } = new();

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client that sends the bearer token of the demo account <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Anonymous();
        if (!_tokens.TryGetValue(email, out var token))
        {
            var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = RoadmapWebFactory.DemoPassword });
            login.EnsureSuccessStatusCode();
            token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[email] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The ids of a roadmap's actions still open to support (proposed, under review or retained).</summary>
    public async Task<IReadOnlyList<Guid>> OpenActionsAsync(string slug)
    {
        using var client = Anonymous();
        var roadmap = await client.GetFromJsonAsync<JsonElement>($"/api/v1/roadmaps/{slug}");
        return roadmap.GetProperty("axes").EnumerateArray()
            .SelectMany(axis => axis.GetProperty("actions").EnumerateArray())
            .Where(a => a.GetProperty("status").GetString() is "Proposed" or "UnderReview" or "Retained")
            .Select(a => a.GetProperty("id").GetGuid())
            .ToList();
    }

    public void Dispose() => Factory.Dispose();
}
