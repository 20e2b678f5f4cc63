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

public sealed class WithdrawSupportTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;

    public async Task InitializeAsync() => _host = await ApplicationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RemovesTheSupportAndCountsAgain()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Action.Id));

        var removed = await _host.SendAsync(new WithdrawSupport(scene.Action.Id));

        Assert.True(removed);
        Assert.Equal(new SupportCounts(Counter: 0, Rows: 0), await SupportsOfAsync(_host, scene.Action.Id));
    }

    [Fact]
    public async Task RemovesOnlyTheCallersSupport()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Action.Id));
        await SignInAsync(_host, RoleNames.Actor);
        await _host.SendAsync(new SupportAction(scene.Action.Id));

        await _host.SendAsync(new WithdrawSupport(scene.Action.Id));

        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(_host, scene.Action.Id));
    }

    [Fact]
    public async Task WithdrawingWithoutSupportingChangesNothing()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen);

        Assert.False(await _host.SendAsync(new WithdrawSupport(scene.Action.Id)));
    }

    [Fact]
    public async Task ASupportStaysOnceThePhaseHasMovedOn()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Action.Id));
        await _host.WithDbAsync(async db =>
        {
            (await db.Roadmaps.SingleAsync(r => r.Id == scene.Roadmap.Id)).AdvanceTo(RoadmapPhase.Arbitrage);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new WithdrawSupport(scene.Action.Id)));
        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(_host, scene.Action.Id));
    }

    [Fact]
    public async Task ASupportStaysOnceTheActionIsNotRetained()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Action.Id));
        await _host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == scene.Action.Id)).Reject(scene.FacilitatorId, "Non prioritaire.", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new WithdrawSupport(scene.Action.Id)));
    }

    [Fact]
    public async Task WithdrawingGivesThePlaceBackUnderTheCap()
    {
        var scene = await CreateAsync(_host, new VotingRules(SupportEligibility.AllRegistered, 1), actions: 2);
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Actions[0].Id));

        await _host.SendAsync(new WithdrawSupport(scene.Actions[0].Id));

        Assert.True(await _host.SendAsync(new SupportAction(scene.Actions[1].Id)));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        var scene = await CreateAsync(_host);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new WithdrawSupport(scene.Action.Id)));
    }

    [Fact]
    public async Task UnknownActionIsNotFound()
    {
        await SignInAsync(_host, RoleNames.Citizen);

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new WithdrawSupport(Guid.NewGuid())));
    }
}
