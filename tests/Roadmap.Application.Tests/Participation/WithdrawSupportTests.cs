using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Participation.WithdrawSupport;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

public sealed class WithdrawSupportTests : ApplicationTest
{
    [Fact]
    public async Task RemovesTheSupportAndCountsAgain()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Action.Id));

        var removed = await Host.SendAsync(new WithdrawSupport(scene.Action.Id));

        Assert.True(removed);
        Assert.Equal(new SupportCounts(Counter: 0, Rows: 0), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Fact]
    public async Task RemovesOnlyTheCallersSupport()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Action.Id));
        await SignInAsync(Host, RoleNames.Actor);
        await Host.SendAsync(new SupportAction(scene.Action.Id));

        await Host.SendAsync(new WithdrawSupport(scene.Action.Id));

        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Fact]
    public async Task WithdrawingWithoutSupportingChangesNothing()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen);

        Assert.False(await Host.SendAsync(new WithdrawSupport(scene.Action.Id)));
    }

    [Fact]
    public async Task ASupportStaysOnceThePhaseHasMovedOn()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Action.Id));
        await Host.WithDbAsync(async db =>
        {
            (await db.Roadmaps.SingleAsync(r => r.Id == scene.Roadmap.Id)).AdvanceTo(RoadmapPhase.Arbitrage);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new WithdrawSupport(scene.Action.Id)));
        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Fact]
    public async Task ASupportStaysOnceTheActionIsNotRetained()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Action.Id));
        await Host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == scene.Action.Id)).Reject(scene.FacilitatorId, "Non prioritaire.", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new WithdrawSupport(scene.Action.Id)));
    }

    [Fact]
    public async Task WithdrawingGivesThePlaceBackUnderTheCap()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.AllRegistered, 1), actions: 2);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Actions[0].Id));

        await Host.SendAsync(new WithdrawSupport(scene.Actions[0].Id));

        Assert.True(await Host.SendAsync(new SupportAction(scene.Actions[1].Id)));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        var scene = await CreateAsync(Host);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new WithdrawSupport(scene.Action.Id)));
    }

    [Fact]
    public async Task UnknownActionIsNotFound()
    {
        await SignInAsync(Host, RoleNames.Citizen);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new WithdrawSupport(Guid.NewGuid())));
    }
}
