using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// The web app (<see cref="WebApp"/>) with the sent emails captured. Each test makes its own
/// accounts (<see cref="WebApp.NewAccountAsync"/>), so tests never share a password or a lockout.
/// </summary>
public sealed class AccountWebApp : WebApp
{
    public CapturingEmailSender Mail { get; } = new();

    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
    {
        // AddWeb calls it too once wired; a second call changes nothing.
        services.AddAccountPages();
        services.AddSingleton<IEmailSender<ApplicationUser>>(Mail);

        // The stamp is checked at every request instead of every minute (SessionLifetimeTests
        // checks the real interval), so a revoked session fails at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
    }));

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
}
