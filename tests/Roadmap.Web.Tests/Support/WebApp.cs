using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Support;

/// <summary>
/// The web-app fixture (one per test class): the real app (<see cref="RoadmapWebFactory"/>) and the
/// builders every web test needs — anonymous, bearer and cookie clients, accounts in a role, the
/// database. A folder that needs another configuration derives from it and overrides
/// <see cref="Configure"/>. Bearer tokens are kept per account: each sign-in costs a password hash.
/// </summary>
public class WebApp : IDisposable
{
    /// <summary>The password of the accounts made by <see cref="NewAccountAsync"/>.</summary>
    public const string Password = "Correct-Horse-42";

    /// <summary>How the API writes JSON (web defaults, enums by name), to read its answers.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly RoadmapWebFactory _root;
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.OrdinalIgnoreCase);
    private WebApplicationFactory<Program>? _app;

    public WebApp()
        : this(new RoadmapWebFactory())
    {
    }

    /// <summary>A fixture on a factory configured otherwise (real limits, another environment).</summary>
    protected WebApp(RoadmapWebFactory factory) => _root = factory;

    /// <summary>The running app (the root factory, or what <see cref="Configure"/> made of it).</summary>
    public WebApplicationFactory<Program> App => _app ??= Configure(_root);

    /// <summary>The app's data folder (the SQLite file, Development's mails).</summary>
    public string DataFolder => _root.DataFolder;

    /// <summary>A browser-like client: cookies kept, redirects not followed.</summary>
    public HttpClient Anonymous() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client that calls the API with the bearer token of <paramref name="email"/> (a demo account unless a password is given).</summary>
    public async Task<HttpClient> BearerAsync(string email, string password = RoadmapWebFactory.DemoPassword)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, password));
        return client;
    }

    /// <summary>The bearer token of <paramref name="email"/>, signed in through the API once per account.</summary>
    public Task<string> TokenAsync(string email, string password = RoadmapWebFactory.DemoPassword) => _tokens.GetOrAdd(email, async _ =>
    {
        using var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    });

    /// <summary>A new browser-like client signed in with the cookie, through the sign-in form.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = RoadmapWebFactory.DemoPassword)
    {
        var client = Anonymous();
        var response = await AccountTestSteps.SignInAsync(client, email, password);
        Assert.Equal("/", AccountTestSteps.Location(response));
        return client;
    }

    /// <summary>A new account with <see cref="Password"/> in <paramref name="role"/>, made in the store as registration would, its address confirmed.</summary>
    public Task<ApplicationUser> NewAccountAsync(string role = RoleNames.Citizen, string password = Password, string displayName = "Camille Test") =>
        NewAccountAsync(App, role, password, displayName);

    /// <summary>The same on an app of a test's own (a role of null makes an account with none).</summary>
    public static async Task<ApplicationUser> NewAccountAsync(WebApplicationFactory<Program> app, string? role = RoleNames.Citizen, string password = Password, string displayName = "Camille Test")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = NewEmail();
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return user;
    }

    /// <summary>An address no account uses yet.</summary>
    public static string NewEmail() => $"test-{Guid.NewGuid():N}@exemple.fr";

    public Task<Guid> IdOfAsync(string email) =>
        WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Runs <paramref name="work"/> on the app's database in a scope of its own (arrange and assert).</summary>
    public async Task<T> WithDbAsync<T>(Func<RoadmapDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    /// <summary>Where a derived fixture adds its own services or logging (usually with <c>WithWebHostBuilder</c>).</summary>
    protected virtual WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root;

    public void Dispose()
    {
        _root.Dispose();
        GC.SuppressFinalize(this);
    }
}
