using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

/// <summary>The optional cap of supports per participant on a roadmap (parallel requests: see ParticipationConcurrencyTests).</summary>
public sealed class SupportCapTests : ApplicationTest
{
    [Fact]
    public async Task RefusedOnceTheCapIsReached()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.AllRegistered, 2), actions: 3);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Actions[0].Id));
        await Host.SendAsync(new SupportAction(scene.Actions[1].Id));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new SupportAction(scene.Actions[2].Id)));

        Assert.Equal("Vous avez déjà utilisé vos 2 soutiens sur cette feuille de route.", refused.Message);
        Assert.Equal(new SupportCounts(Counter: 0, Rows: 0), await SupportsOfAsync(Host, scene.Actions[2].Id));
    }

    [Fact]
    public async Task SupportingAnActionAlreadySupportedIsFineAtTheCap()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.AllRegistered, 1));
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Action.Id));

        Assert.False(await Host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task ASupportOnAnActionThatIsNoLongerOpenFreesItsPlace()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.AllRegistered, 1), actions: 2);
        var userId = await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Actions[0].Id));
        await Host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == scene.Actions[0].Id)).Reject(scene.FacilitatorId, "Non prioritaire.", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });

        Assert.True(await Host.SendAsync(new SupportAction(scene.Actions[1].Id)));
        Assert.Equal(2, await Host.WithDbAsync(db => db.Supports.CountAsync(s => s.UserId == userId)));
    }
}
