using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// The web app (<see cref="WebApp"/>) whose account mails are read from its outbox. Each test makes its own
/// accounts (<see cref="WebApp.NewAccountAsync"/>), so tests never share a password or a lockout.
/// </summary>
public sealed class AccountWebApp : WebApp
{
    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
    {
        // AddWeb calls it too once wired; a second call changes nothing.
        services.AddAccountPages();

        // The stamp is checked at every request instead of every minute (SessionLifetimeTests
        // checks the real interval), so a revoked session fails at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
    }));

    /// <summary>The reset links written to <paramref name="email"/>'s outbox mails, as the recipient would follow them.</summary>
    public Task<IReadOnlyList<string>> ResetLinksForAsync(string email) => WithDbAsync(async db =>
    {
        var texts = await db.OutboxMails.Where(m => m.ToAddress == email && m.Kind == MailKind.PasswordReset).Select(m => m.TextBody).ToListAsync();
        return (IReadOnlyList<string>)[.. texts.Select(t => MailLinks.Find(t, "/compte/reinitialiser?"))];
    });

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
