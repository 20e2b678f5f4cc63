using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

/// <summary>The optional cap of supports per participant on a roadmap (parallel requests: see ParticipationConcurrencyTests).</summary>
public sealed class SupportCapTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;

    public async Task InitializeAsync() => _host = await ApplicationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RefusedOnceTheCapIsReached()
    {
        var scene = await CreateAsync(_host, new VotingRules(SupportEligibility.AllRegistered, 2), actions: 3);
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Actions[0].Id));
        await _host.SendAsync(new SupportAction(scene.Actions[1].Id));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => _host.SendAsync(new SupportAction(scene.Actions[2].Id)));

        Assert.Equal("Vous avez déjà utilisé vos 2 soutiens sur cette feuille de route.", refused.Message);
        Assert.Equal(new SupportCounts(Counter: 0, Rows: 0), await SupportsOfAsync(_host, scene.Actions[2].Id));
    }

    [Fact]
    public async Task SupportingAnActionAlreadySupportedIsFineAtTheCap()
    {
        var scene = await CreateAsync(_host, new VotingRules(SupportEligibility.AllRegistered, 1));
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Action.Id));

        Assert.False(await _host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task ASupportOnAnActionThatIsNoLongerOpenFreesItsPlace()
    {
        var scene = await CreateAsync(_host, new VotingRules(SupportEligibility.AllRegistered, 1), actions: 2);
        var userId = await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Actions[0].Id));
        await _host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == scene.Actions[0].Id)).Reject(scene.FacilitatorId, "Non prioritaire.", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        Assert.True(await _host.SendAsync(new SupportAction(scene.Actions[1].Id)));
        Assert.Equal(2, await _host.WithDbAsync(db => db.Supports.CountAsync(s => s.UserId == userId)));
    }
}
