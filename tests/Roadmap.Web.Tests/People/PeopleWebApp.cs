using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.People;

/// <summary>
/// The real app on the demo data, with clients signed in by bearer token (kept per account: the
/// login endpoint is rate limited per address) or by cookie through the sign-in form.
/// </summary>
public sealed class PeopleWebApp : IDisposable
{
    public const string Citizen = "citoyen@demo.roadmap.local";
    public const string Facilitator = "animateur@demo.roadmap.local";
    public const string Administrator = "admin@demo.roadmap.local";
    public const string Password = "Correct-Horse-42";

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public RoadmapWebFactory Factory { get; } = new();

    public HttpClient Anonymous() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client sending the bearer token of <paramref name="email"/> (a demo account unless a password is given).</summary>
    public async Task<HttpClient> BearerAsync(string email, string password = RoadmapWebFactory.DemoPassword)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            using var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
            login.EnsureSuccessStatusCode();
            token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[email] = token;
        }

        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client signed in with the cookie, through the sign-in form.</summary>
    public async Task<HttpClient> CookieAsync(string email, string password = RoadmapWebFactory.DemoPassword)
    {
        var client = Anonymous();
        var response = await AccountTestSteps.SignInAsync(client, email, password);
        Assert.Equal("/", AccountTestSteps.Location(response));
        return client;
    }

    /// <summary>A new citizen account with <see cref="Password"/>, for tests that change or delete it.</summary>
    public async Task<ApplicationUser> NewCitizenAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"test-{Guid.NewGuid():N}@exemple.fr";
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = "Camille Test", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, RoleNames.Citizen)).Succeeded);
        return user;
    }

    public Task<Guid> IdOfAsync(string email) =>
        WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public async Task<Guid> NotifyAsync(string email, string text, string link = "/feuilles-de-route/usages-numeriques-sarthe")
    {
        var notification = Notification.Create(await IdOfAsync(email), NotificationKind.NewComment, text, link, DateTimeOffset.UtcNow);
        await WithDbAsync(db =>
        {
            db.Notifications.Add(notification);
            return db.SaveChangesAsync();
        });
        return notification.Id;
    }

    public async Task<T> WithDbAsync<T>(Func<RoadmapDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    public void Dispose() => Factory.Dispose();
}
