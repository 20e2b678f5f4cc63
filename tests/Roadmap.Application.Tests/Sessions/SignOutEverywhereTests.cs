using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Sessions.SignOutEverywhere;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Sessions;

public sealed class SignOutEverywhereTests : ApplicationTest
{
    private ApplicationUser _citizen = default!;
    private ApplicationUser _other = default!;

    protected override async Task ArrangeAsync()
    {
        _citizen = await Host.NewAccountAsync("Camille", null, RoleNames.Citizen);
        _other = await Host.NewAccountAsync("Dominique", null, RoleNames.Citizen);
        Host.SignInAs(_citizen, RoleNames.Citizen);
    }

    [Fact]
    public async Task RenewsTheSecurityStampOfTheCurrentAccountOnly()
    {
        await Host.SendAsync(new SignOutEverywhere());

        Assert.False(await StampOfAsync(_citizen) == _citizen.SecurityStamp);
        Assert.True(await StampOfAsync(_other) == _other.SecurityStamp);
    }

    [Fact]
    public async Task AnonymousCallerIsRefused()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new SignOutEverywhere()));
    }

    private Task<string?> StampOfAsync(ApplicationUser user) =>
        Host.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync());
}
