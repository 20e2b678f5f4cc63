using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Mediation.Grants;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Mediation;

public sealed class GrantMediatorTests : ApplicationTest
{
    private MediationScene _scene = default!;
    private string _email = "";
    private Guid _person;

    protected override async Task ArrangeAsync()
    {
        _scene = await MediationScene.CreateAsync(Host);
        _person = await Host.NewUserAsync("Camille Conseillère");
        _email = await Host.WithDbAsync(db => db.Users.Where(u => u.Id == _person).Select(u => u.Email!).SingleAsync());
        Host.User.SignIn(await Host.NewUserAsync("Admin"), null, RoleNames.Administrator);
    }

    [Fact]
    public async Task AnAdministratorGrantsForSeveralOrganisationsAndTheJournalKeepsIt()
    {
        await Host.SendAsync(new GrantMediator(_scene.TiersLieu.Id, $" {_email} "));
        await Host.SendAsync(new GrantMediator(_scene.FranceServices.Id, _email));
        await Host.SendAsync(new GrantMediator(_scene.FranceServices.Id, _email));

        Assert.Equal(2, await Host.WithDbAsync(db => db.MediatorGrants.CountAsync(g => g.UserId == _person)));
        Assert.Equal(2, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "mediator.granted")));
        Assert.Contains((await Host.SendAsync(new ListMediators(_scene.TiersLieu.Id))).Mediators, m => m.UserId == _person);
    }

    [Fact]
    public async Task RevokingRemovesTheGrantAndIsJournalled()
    {
        await Host.SendAsync(new RevokeMediator(_scene.FranceServices.Id, _scene.MediatorId));

        Assert.False(await Host.WithDbAsync(db => db.MediatorGrants.AnyAsync()));
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "mediator.revoked")));
    }

    [Fact]
    public async Task AnUnknownAddressIsRefusedInFrench()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new GrantMediator(_scene.TiersLieu.Id, "personne@example.org")));

        Assert.StartsWith("Aucun compte n'a cette adresse", refused.Errors["Email"][0]);
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Facilitator)]
    public async Task OnlyAdministratorsGrant(string role)
    {
        Host.User.SignIn(_scene.MediatorId, null, role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new GrantMediator(_scene.TiersLieu.Id, _email)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new RevokeMediator(_scene.FranceServices.Id, _scene.MediatorId)));
    }
}
