using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Api;

/// <summary>The real app on the demo data, every log record kept, and an API client signed in as a demo actor.</summary>
public sealed class ApiEdgesWebApp : IDisposable
{
    private readonly RoadmapWebFactory _root = new();

    public ApiEdgesWebApp()
    {
        App = _root.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace)));
    }

    public WebApplicationFactory<Program> App { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public HttpClient Anonymous() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> ActorAsync()
    {
        using var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "acteur@demo.roadmap.local", password = RoadmapWebFactory.DemoPassword });
        login.EnsureSuccessStatusCode();
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }

    public void Dispose() => _root.Dispose();
}
