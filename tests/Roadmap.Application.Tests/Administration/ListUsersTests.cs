using Roadmap.Application.Administration.ListUsers;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Administration;

public sealed class ListUsersTests : ApplicationTest
{
    protected override async Task ArrangeAsync()
    {
        Host.SignInAs(await Host.NewAccountAsync("Admin", null, RoleNames.Administrator), RoleNames.Administrator);
    }

    [Fact]
    public async Task ListsAccountsByNameWithRolesAndOrganisation()
    {
        var commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        await Host.SaveAsync(commune);
        await Host.NewAccountAsync("Zoé", null, RoleNames.Citizen);
        await Host.NewAccountAsync("Bruno", commune.Id, RoleNames.ElectedOfficial, RoleNames.Citizen);

        var page = await Host.SendAsync(new ListUsers());

        Assert.Equal(["Admin", "Bruno", "Zoé"], page.Items.Select(u => u.DisplayName));
        Assert.Equal([RoleNames.Citizen, RoleNames.ElectedOfficial], page.Items[1].Roles);
        Assert.Equal("La Flèche", page.Items[1].OrganisationName);
    }

    [Fact]
    public async Task SearchMatchesPartOfTheNameWhateverTheCase()
    {
        await Host.NewAccountAsync("Camille Martin", null, RoleNames.Citizen);
        await Host.NewAccountAsync("Dominique Durand", null, RoleNames.Citizen);

        var page = await Host.SendAsync(new ListUsers("MARTIN"));

        Assert.Equal(["Camille Martin"], page.Items.Select(u => u.DisplayName));
    }

    [Fact]
    public async Task SearchMatchesPartOfTheEmail()
    {
        var wanted = await Host.NewAccountAsync("Camille", null, RoleNames.Citizen);
        await Host.NewAccountAsync("Dominique", null, RoleNames.Citizen);

        var page = await Host.SendAsync(new ListUsers(wanted.Email![..12]));

        Assert.Equal([wanted.Id], page.Items.Select(u => u.Id));
    }

    [Fact]
    public async Task PagesHoldTwentyAccounts()
    {
        for (var i = 0; i < ListUsers.PageSize; i++)
        {
            await Host.NewAccountAsync($"Participant {i:00}", null, RoleNames.Citizen);
        }

        var second = await Host.SendAsync(new ListUsers(Page: 2));

        Assert.Single(second.Items);
        Assert.Equal(21, second.TotalCount);
        Assert.False(second.HasNext);
    }

    [Fact]
    public async Task FacilitatorMayNotListAccounts()
    {
        Host.User.SignIn(Guid.NewGuid(), null, RoleNames.Facilitator);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListUsers()));
    }
}
