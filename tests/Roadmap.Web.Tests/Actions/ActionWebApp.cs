using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Actions;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

/// <summary>
/// The real app on the demo data, with API clients signed in by bearer token. Tokens are kept per
/// account: the login endpoint is rate limited per address, and every test client shares one.
/// </summary>
public sealed class ActionWebApp : IDisposable
{
    public const string Sarthe = "usages-numeriques-sarthe";
    public const string Herault = "usages-services-numeriques-herault";

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public RoadmapWebFactory Factory { get; } = new();

    public HttpClient Anonymous() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client that sends the bearer token of the demo account <paramref name="email"/>.</summary>
    public async Task<HttpClient> AsAsync(string email)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            using var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = RoadmapWebFactory.DemoPassword });
            login.EnsureSuccessStatusCode();
            token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[email] = token;
        }

        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The id of the first axis of a demo roadmap, read through the public API.</summary>
    public async Task<Guid> FirstAxisAsync(string slug)
    {
        var roadmap = await Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/roadmaps/{slug}");
        return roadmap.GetProperty("axes")[0].GetProperty("id").GetGuid();
    }

    public async Task<RoadmapAction?> FindActionAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
    }

    public void Dispose() => Factory.Dispose();
}
