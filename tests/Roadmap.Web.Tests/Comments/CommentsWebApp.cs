using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Comments;

/// <summary>
/// The real app on the demo data (see <see cref="RoadmapWebFactory"/>), with rate limits out of the way
/// and bearer tokens reused per account. Each test takes its own Sarthe action, so tests never see
/// each other's comments.
/// </summary>
public sealed class CommentsWebApp : IDisposable
{
    public const string Citizen = "citoyen@demo.roadmap.local";
    public const string Actor = "acteur@demo.roadmap.local";
    public const string Facilitator = "animateur@demo.roadmap.local";
    public const string Administrator = "admin@demo.roadmap.local";
    public const string SartheSlug = "usages-numeriques-sarthe";

    private readonly RoadmapWebFactory _root = new();
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private readonly SemaphoreSlim _actionsLock = new(1, 1);
    private Queue<Guid>? _freshActions;

    public CommentsWebApp()
    {
        App = _root.WithWebHostBuilder(b => b
            .UseSetting("RateLimits:LoginsPerMinute", "1000")
            .UseSetting("RateLimits:WritesPerMinute", "1000"));
    }

    public WebApplicationFactory<Program> App { get; }

    public static string Participant(int number) => $"participant{number:00}@demo.roadmap.local";

    public HttpClient CreateClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client that calls the API with <paramref name="email"/>'s bearer token.</summary>
    public async Task<HttpClient> ApiClientAsync(string email)
    {
        var client = CreateClient();
        if (!_tokens.TryGetValue(email, out var token))
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = RoadmapWebFactory.DemoPassword });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[email] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in with the cookie, as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string email)
    {
        var client = CreateClient();
        var response = await AccountTestSteps.SignInAsync(client, email, RoadmapWebFactory.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
        return client;
    }

    /// <summary>A visible Sarthe action no other test of this app has used.</summary>
    public async Task<Guid> FreshActionAsync()
    {
        await _actionsLock.WaitAsync();
        try
        {
            _freshActions ??= new Queue<Guid>(await WithDbAsync(db => db.Actions
                .Where(a => a.HiddenAt == null && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == SartheSlug))
                .OrderBy(a => a.Title)
                .Select(a => a.Id)
                .ToListAsync()));
            return _freshActions.Dequeue();
        }
        finally
        {
            _actionsLock.Release();
        }
    }

    public static string ActionPath(Guid actionId) => $"/feuilles-de-route/{SartheSlug}/actions/{actionId}";

    public async Task<T> WithDbAsync<T>(Func<IRoadmapDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IRoadmapDbContext>());
    }

    public void Dispose()
    {
        _actionsLock.Dispose();
        _root.Dispose();
    }
}
