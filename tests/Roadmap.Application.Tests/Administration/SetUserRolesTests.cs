using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Administration.SetUserRoles;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Administration;

public sealed class SetUserRolesTests : ApplicationTest
{
    private ApplicationUser _admin = default!;
    private ApplicationUser _citizen = default!;

    protected override async Task ArrangeAsync()
    {
        _admin = await Host.NewAccountAsync("Admin", null, RoleNames.Administrator);
        _citizen = await Host.NewAccountAsync("Camille", null, RoleNames.Citizen);
        Host.SignInAs(_admin, RoleNames.Administrator);
    }

    [Fact]
    public async Task AdministratorReplacesTheRoles()
    {
        var roles = await Host.SendAsync(new SetUserRoles(_citizen.Id, [RoleNames.ElectedOfficial, RoleNames.Actor]));

        Assert.Equal([RoleNames.Actor, RoleNames.ElectedOfficial], roles);
        Assert.Equal([RoleNames.Actor, RoleNames.ElectedOfficial], await Host.RolesOfAsync(_citizen.Id));
    }

    [Fact]
    public async Task ChangingRolesRenewsTheSecurityStamp()
    {
        await Host.SendAsync(new SetUserRoles(_citizen.Id, [RoleNames.Actor]));

        var stamp = await Host.WithDbAsync(db => db.Users.Where(u => u.Id == _citizen.Id).Select(u => u.SecurityStamp).SingleAsync());
        Assert.NotEqual(_citizen.SecurityStamp, stamp);
    }

    [Theory]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Citizen)]
    public async Task OnlyAnAdministratorMaySetRoles(string role)
    {
        Host.User.SignIn(Guid.NewGuid(), null, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new SetUserRoles(_citizen.Id, [RoleNames.Administrator])));
    }

    [Fact]
    public async Task UnknownRoleIsRefused()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new SetUserRoles(_citizen.Id, [RoleNames.Actor, "Superuser"])));

        Assert.Contains("Roles[1]", error.Errors.Keys);
    }

    [Fact]
    public async Task AtLeastOneRoleIsNeeded()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new SetUserRoles(_citizen.Id, [])));

        Assert.Contains(nameof(SetUserRoles.Roles), error.Errors.Keys);
    }

    [Fact]
    public async Task AdministratorCannotDropTheirOwnAdministratorRole()
    {
        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new SetUserRoles(_admin.Id, [RoleNames.Citizen])));

        Assert.Equal([RoleNames.Administrator], await Host.RolesOfAsync(_admin.Id));
    }

    [Fact]
    public async Task AdministratorMayAddRolesToTheirOwnAccount()
    {
        var roles = await Host.SendAsync(new SetUserRoles(_admin.Id, [RoleNames.Administrator, RoleNames.Facilitator]));

        Assert.Equal([RoleNames.Facilitator, RoleNames.Administrator], roles);
    }

    [Fact]
    public async Task UnknownAccountIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new SetUserRoles(Guid.NewGuid(), [RoleNames.Citizen])));
    }
}
