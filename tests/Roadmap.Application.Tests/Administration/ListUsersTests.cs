using Roadmap.Application.Administration.ListUsers;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Administration;

public sealed class ListUsersTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _host.SignInAs(await _host.NewAccountAsync("Admin", null, RoleNames.Administrator), RoleNames.Administrator);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ListsAccountsByNameWithRolesAndOrganisation()
    {
        var commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        await _host.SaveAsync(commune);
        await _host.NewAccountAsync("Zoé", null, RoleNames.Citizen);
        await _host.NewAccountAsync("Bruno", commune.Id, RoleNames.ElectedOfficial, RoleNames.Citizen);

        var page = await _host.SendAsync(new ListUsers());

        Assert.Equal(["Admin", "Bruno", "Zoé"], page.Items.Select(u => u.DisplayName));
        Assert.Equal([RoleNames.Citizen, RoleNames.ElectedOfficial], page.Items[1].Roles);
        Assert.Equal("La Flèche", page.Items[1].OrganisationName);
    }

    [Fact]
    public async Task SearchMatchesPartOfTheNameWhateverTheCase()
    {
        await _host.NewAccountAsync("Camille Martin", null, RoleNames.Citizen);
        await _host.NewAccountAsync("Dominique Durand", null, RoleNames.Citizen);

        var page = await _host.SendAsync(new ListUsers("MARTIN"));

        Assert.Equal(["Camille Martin"], page.Items.Select(u => u.DisplayName));
    }

    [Fact]
    public async Task SearchMatchesPartOfTheEmail()
    {
        var wanted = await _host.NewAccountAsync("Camille", null, RoleNames.Citizen);
        await _host.NewAccountAsync("Dominique", null, RoleNames.Citizen);

        var page = await _host.SendAsync(new ListUsers(wanted.Email![..12]));

        Assert.Equal([wanted.Id], page.Items.Select(u => u.Id));
    }

    [Fact]
    public async Task PagesHoldTwentyAccounts()
    {
        for (var i = 0; i < ListUsers.PageSize; i++)
        {
            await _host.NewAccountAsync($"Participant {i:00}", null, RoleNames.Citizen);
        }

        var second = await _host.SendAsync(new ListUsers(Page: 2));

        Assert.Single(second.Items);
        Assert.Equal(21, second.TotalCount);
        Assert.False(second.HasNext);
    }

    [Fact]
    public async Task FacilitatorMayNotListAccounts()
    {
        _host.User.SignIn(Guid.NewGuid(), null, RoleNames.Facilitator);

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.SendAsync(new ListUsers()));
    }
}
