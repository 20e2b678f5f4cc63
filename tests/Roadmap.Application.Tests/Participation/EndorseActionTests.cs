using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.WithdrawEndorsement;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

public sealed class EndorseActionTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;

    public async Task InitializeAsync() => _host = await ApplicationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnOfficialCoSignsForTheirCommune()
    {
        var scene = await CreateAsync(_host);
        var commune = await CommuneAsync(_host);
        var official = await SignInAsync(_host, RoleNames.ElectedOfficial, commune.Id);

        var view = await _host.SendAsync(new EndorseAction(scene.Action.Id));

        Assert.Equal("La Flèche", view.OrganisationName);
        var endorsement = await _host.WithDbAsync(db => db.Endorsements.SingleAsync());
        Assert.Equal(scene.Action.Id, endorsement.ActionId);
        Assert.Equal(commune.Id, endorsement.OrganisationId);
        Assert.Equal(official, endorsement.EndorsedById!.Value);
    }

    [Fact]
    public async Task ASecondOfficialOfTheSameCommuneIsTold()
    {
        var scene = await CreateAsync(_host);
        var commune = await CommuneAsync(_host);
        await SignInAsync(_host, RoleNames.ElectedOfficial, commune.Id);
        await _host.SendAsync(new EndorseAction(scene.Action.Id));
        await SignInAsync(_host, RoleNames.ElectedOfficial, commune.Id, "Adjointe au maire");

        var refused = await Assert.ThrowsAsync<ConflictException>(() => _host.SendAsync(new EndorseAction(scene.Action.Id)));

        Assert.Equal("Votre collectivité a déjà co-signé cette action.", refused.Message);
    }

    [Fact]
    public async Task OfficialsOfTwoCommunesBothCoSign()
    {
        var scene = await CreateAsync(_host);
        foreach (var name in new[] { "La Flèche", "Mamers" })
        {
            await SignInAsync(_host, RoleNames.ElectedOfficial, (await CommuneAsync(_host, name)).Id);
            await _host.SendAsync(new EndorseAction(scene.Action.Id));
        }

        Assert.Equal(2, await _host.WithDbAsync(db => db.Endorsements.CountAsync()));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task OnlyElectedOfficialsMayCoSign(string role)
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, role, (await CommuneAsync(_host)).Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.SendAsync(new EndorseAction(scene.Action.Id)));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        var scene = await CreateAsync(_host);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new EndorseAction(scene.Action.Id)));
    }

    [Fact]
    public async Task AnOfficialWithoutCollectivityCannotCoSign()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.ElectedOfficial);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new EndorseAction(scene.Action.Id)));

        Assert.Equal("Votre compte n'est rattaché à aucune collectivité.", refused.Message);
    }

    [Fact]
    public async Task ANotRetainedActionCannotBeCoSigned()
    {
        var scene = await CreateAsync(_host, decide: (a, by) => a.Reject(by, "Hors compétence.", RoadmapBuilder.Now));
        await SignInAsync(_host, RoleNames.ElectedOfficial, (await CommuneAsync(_host)).Id);

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new EndorseAction(scene.Action.Id)));
    }

    [Fact]
    public async Task UnknownActionIsNotFound()
    {
        await SignInAsync(_host, RoleNames.ElectedOfficial, (await CommuneAsync(_host)).Id);

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new EndorseAction(Guid.NewGuid())));
    }

    [Fact]
    public async Task AnotherOfficialOfTheCommuneMayTakeTheCoSignatureBack()
    {
        var scene = await CreateAsync(_host);
        var commune = await CommuneAsync(_host);
        await SignInAsync(_host, RoleNames.ElectedOfficial, commune.Id);
        await _host.SendAsync(new EndorseAction(scene.Action.Id));
        await SignInAsync(_host, RoleNames.ElectedOfficial, commune.Id, "Adjointe au maire");

        var removed = await _host.SendAsync(new WithdrawEndorsement(scene.Action.Id));

        Assert.True(removed);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Endorsements.CountAsync()));
    }

    [Fact]
    public async Task AnOfficialOfAnotherCommuneCannotTakeItBack()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.ElectedOfficial, (await CommuneAsync(_host)).Id);
        await _host.SendAsync(new EndorseAction(scene.Action.Id));
        await SignInAsync(_host, RoleNames.ElectedOfficial, (await CommuneAsync(_host, "Mamers")).Id);

        Assert.False(await _host.SendAsync(new WithdrawEndorsement(scene.Action.Id)));
        Assert.Equal(1, await _host.WithDbAsync(db => db.Endorsements.CountAsync()));
    }

    [Fact]
    public async Task OnlyElectedOfficialsMayTakeACoSignatureBack()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen, (await CommuneAsync(_host)).Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.SendAsync(new WithdrawEndorsement(scene.Action.Id)));
    }
}
