using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Seeding;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>The <c>create-admin</c> command's work, against the real app's services.</summary>
public sealed class CreateAdminTests(AccountWebApp app) : IClassFixture<AccountWebApp>
{
    private const string AdminPassword = "Phrase-de-passe-pour-admin";

    [Fact]
    public async Task CreatesAdministratorForNewAddress()
    {
        var email = WebApp.NewEmail();

        var result = await CreateAsync(email, AdminPassword, promote: false);

        Assert.Equal(AdminAccountOutcome.Created, result.Outcome);
        Assert.Contains(RoleNames.Administrator, await app.RolesOfAsync((await app.FindAsync(email))!));
    }

    [Fact]
    public async Task RefusesExistingAccountWithoutPromote()
    {
        var email = (await app.NewAccountAsync()).Email!;
        var before = (await app.FindAsync(email))!;

        var result = await CreateAsync(email, AdminPassword, promote: false);

        Assert.Equal(AdminAccountOutcome.RefusedExisting, result.Outcome);
        var after = (await app.FindAsync(email))!;
        Assert.DoesNotContain(RoleNames.Administrator, await app.RolesOfAsync(after));
        Assert.Equal(before.PasswordHash, after.PasswordHash);
        Assert.Contains("--promote", CommandLine.Describe(result.Outcome, email), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromoteSetsTypedPasswordAndRotatesSecurityStamp()
    {
        var email = (await app.NewAccountAsync()).Email!;
        var before = (await app.FindAsync(email))!;

        var result = await CreateAsync(email, AdminPassword, promote: true);

        Assert.Equal(AdminAccountOutcome.Promoted, result.Outcome);
        var after = (await app.FindAsync(email))!;
        Assert.Contains(RoleNames.Administrator, await app.RolesOfAsync(after));
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.True(await CheckPasswordAsync(after, AdminPassword));
        Assert.False(await CheckPasswordAsync(after, WebApp.Password));
    }

    [Fact]
    public async Task PromoteWithWeakPasswordChangesNothing()
    {
        var email = (await app.NewAccountAsync()).Email!;

        var result = await CreateAsync(email, "motdepasse", promote: true);

        Assert.Equal(AdminAccountOutcome.Invalid, result.Outcome);
        Assert.NotEmpty(result.Errors);
        var after = (await app.FindAsync(email))!;
        Assert.DoesNotContain(RoleNames.Administrator, await app.RolesOfAsync(after));
        Assert.True(await CheckPasswordAsync(after, WebApp.Password));
    }

    private async Task<AdminAccountResult> CreateAsync(string email, string password, bool promote)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AdminAccountCreator>().CreateAsync(email, password, promote);
    }

    private async Task<bool> CheckPasswordAsync(ApplicationUser user, string password)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CheckPasswordAsync(user, password);
    }
}
