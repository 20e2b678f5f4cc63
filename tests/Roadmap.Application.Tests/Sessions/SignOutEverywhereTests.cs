using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Sessions.SignOutEverywhere;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Sessions;

public sealed class SignOutEverywhereTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;
    private ApplicationUser _citizen = default!;
    private ApplicationUser _other = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _citizen = await _host.NewAccountAsync("Camille", null, RoleNames.Citizen);
        _other = await _host.NewAccountAsync("Dominique", null, RoleNames.Citizen);
        _host.SignInAs(_citizen, RoleNames.Citizen);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RenewsTheSecurityStampOfTheCurrentAccountOnly()
    {
        await _host.SendAsync(new SignOutEverywhere());

        Assert.False(await StampOfAsync(_citizen) == _citizen.SecurityStamp);
        Assert.True(await StampOfAsync(_other) == _other.SecurityStamp);
    }

    [Fact]
    public async Task AnonymousCallerIsRefused()
    {
        _host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new SignOutEverywhere()));
    }

    private Task<string?> StampOfAsync(ApplicationUser user) =>
        _host.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync());
}
