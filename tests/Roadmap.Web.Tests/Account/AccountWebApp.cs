using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// The real app (see <see cref="RoadmapWebFactory"/>) with the sent emails captured. One per test
/// class; each test makes its own accounts, so tests never share a password or a lockout.
/// </summary>
public sealed class AccountWebApp : IDisposable
{
    public const string Password = "Correct-Horse-42";

    private readonly RoadmapWebFactory _root = new();

    public AccountWebApp()
    {
        App = _root.WithWebHostBuilder(b => b
            .UseSetting("RateLimits:LoginsPerMinute", "1000")
            .ConfigureTestServices(services =>
            {
                // AddWeb calls it too once wired; a second call changes nothing.
                services.AddAccountPages();
                services.AddSingleton<IEmailSender<ApplicationUser>>(Mail);

                // The stamp is checked at every request instead of every minute (SessionLifetimeTests
                // checks the real interval), so a revoked session fails at once.
                services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
            }));
    }

    public WebApplicationFactory<Program> App { get; }

    public CapturingEmailSender Mail { get; } = new();

    public HttpClient CreateClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static string NewEmail() => $"test-{Guid.NewGuid():N}@exemple.fr";

    /// <summary>An account made directly in the store, as registration would (a citizen unless told).</summary>
    public async Task<string> CreateAccountAsync(string password = Password, string role = RoleNames.Citizen)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = NewEmail();
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = "Camille Test", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    public async Task LockAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.True((await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddMinutes(15))).Succeeded);
    }

    public async Task<ApplicationUser?> FindAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
    }

    public async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(user);
    }

    public void Dispose() => _root.Dispose();
}
