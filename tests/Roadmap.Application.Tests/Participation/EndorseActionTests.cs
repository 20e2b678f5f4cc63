using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.WithdrawEndorsement;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

public sealed class EndorseActionTests : ApplicationTest
{
    [Fact]
    public async Task AnOfficialCoSignsForTheirCommune()
    {
        var scene = await CreateAsync(Host);
        var commune = await CommuneAsync(Host);
        var official = await SignInAsync(Host, RoleNames.ElectedOfficial, commune.Id);

        var view = await Host.SendAsync(new EndorseAction(scene.Action.Id));

        Assert.Equal("La Flèche", view.OrganisationName);
        var endorsement = await Host.WithDbAsync(db => db.Endorsements.SingleAsync());
        Assert.Equal(scene.Action.Id, endorsement.ActionId);
        Assert.Equal(commune.Id, endorsement.OrganisationId);
        Assert.Equal(official, endorsement.EndorsedById!.Value);
    }

    [Fact]
    public async Task ASecondOfficialOfTheSameCommuneIsTold()
    {
        var scene = await CreateAsync(Host);
        var commune = await CommuneAsync(Host);
        await SignInAsync(Host, RoleNames.ElectedOfficial, commune.Id);
        await Host.SendAsync(new EndorseAction(scene.Action.Id));
        await SignInAsync(Host, RoleNames.ElectedOfficial, commune.Id, "Adjointe au maire");

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new EndorseAction(scene.Action.Id)));

        Assert.Equal("Votre collectivité a déjà co-signé cette action.", refused.Message);
    }

    [Fact]
    public async Task OfficialsOfTwoCommunesBothCoSign()
    {
        var scene = await CreateAsync(Host);
        foreach (var name in new[] { "La Flèche", "Mamers" })
        {
            await SignInAsync(Host, RoleNames.ElectedOfficial, (await CommuneAsync(Host, name)).Id);
            await Host.SendAsync(new EndorseAction(scene.Action.Id));
        }

        Assert.Equal(2, await Host.WithDbAsync(db => db.Endorsements.CountAsync()));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task OnlyElectedOfficialsMayCoSign(string role)
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, role, (await CommuneAsync(Host)).Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new EndorseAction(scene.Action.Id)));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        var scene = await CreateAsync(Host);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new EndorseAction(scene.Action.Id)));
    }

    [Fact]
    public async Task AnOfficialWithoutCollectivityCannotCoSign()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.ElectedOfficial);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new EndorseAction(scene.Action.Id)));

        Assert.Equal("Votre compte n'est rattaché à aucune collectivité.", refused.Message);
    }

    [Fact]
    public async Task ANotRetainedActionCannotBeCoSigned()
    {
        var scene = await CreateAsync(Host, decide: (a, by) => a.Reject(by, "Hors compétence.", RoadmapBuilder.Now));
        await SignInAsync(Host, RoleNames.ElectedOfficial, (await CommuneAsync(Host)).Id);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new EndorseAction(scene.Action.Id)));
    }

    [Fact]
    public async Task UnknownActionIsNotFound()
    {
        await SignInAsync(Host, RoleNames.ElectedOfficial, (await CommuneAsync(Host)).Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new EndorseAction(Guid.NewGuid())));
    }

    [Fact]
    public async Task AnotherOfficialOfTheCommuneMayTakeTheCoSignatureBack()
    {
        var scene = await CreateAsync(Host);
        var commune = await CommuneAsync(Host);
        await SignInAsync(Host, RoleNames.ElectedOfficial, commune.Id);
        await Host.SendAsync(new EndorseAction(scene.Action.Id));
        await SignInAsync(Host, RoleNames.ElectedOfficial, commune.Id, "Adjointe au maire");

        var removed = await Host.SendAsync(new WithdrawEndorsement(scene.Action.Id));

        Assert.True(removed);
        Assert.Equal(0, await Host.WithDbAsync(db => db.Endorsements.CountAsync()));
    }

    [Fact]
    public async Task AnOfficialOfAnotherCommuneCannotTakeItBack()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.ElectedOfficial, (await CommuneAsync(Host)).Id);
        await Host.SendAsync(new EndorseAction(scene.Action.Id));
        await SignInAsync(Host, RoleNames.ElectedOfficial, (await CommuneAsync(Host, "Mamers")).Id);

        Assert.False(await Host.SendAsync(new WithdrawEndorsement(scene.Action.Id)));
        Assert.Equal(1, await Host.WithDbAsync(db => db.Endorsements.CountAsync()));
    }

    [Fact]
    public async Task OnlyElectedOfficialsMayTakeACoSignatureBack()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen, (await CommuneAsync(Host)).Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new WithdrawEndorsement(scene.Action.Id)));
    }
}
