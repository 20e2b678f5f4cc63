using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

public sealed class SupportActionTests : ApplicationTest
{
    private static readonly VotingRules OfficialsAndActors = new(SupportEligibility.OfficialsAndActors, null);

    [Fact]
    public async Task RecordsTheSupportAndCountsIt()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen);

        var recorded = await Host.SendAsync(new SupportAction(scene.Action.Id));

        Assert.True(recorded);
        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Fact]
    public async Task SupportingTwiceIsNotAnErrorAndKeepsOneSupport()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Action.Id));

        var recordedAgain = await Host.SendAsync(new SupportAction(scene.Action.Id));

        Assert.False(recordedAgain);
        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Fact]
    public async Task KeepsTheRoleAndOrganisationOfTheMoment()
    {
        var scene = await CreateAsync(Host);
        var commune = await CommuneAsync(Host);
        var id = await Host.NewUserAsync("Maire", commune.Id);
        Host.User.SignIn(id, commune.Id, RoleNames.Citizen, RoleNames.ElectedOfficial);

        await Host.SendAsync(new SupportAction(scene.Action.Id));

        var support = await Host.WithDbAsync(db => db.Supports.SingleAsync());
        Assert.Equal(id, support.UserId!.Value);
        Assert.Equal(ParticipantRole.ElectedOfficial, support.Role);
        Assert.Equal(commune.Id, support.OrganisationId!.Value);
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        var scene = await CreateAsync(Host);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task UnknownActionIsNotFound()
    {
        await SignInAsync(Host, RoleNames.Citizen);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new SupportAction(Guid.NewGuid())));
    }

    [Fact]
    public async Task CitizensMayNotSupportWhereOnlyOfficialsAndActorsVote()
    {
        var scene = await CreateAsync(Host, OfficialsAndActors);
        await SignInAsync(Host, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SupportAction(scene.Action.Id)));

        Assert.Contains("seuls les élu·es et les acteurs du territoire", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new SupportCounts(Counter: 0, Rows: 0), await SupportsOfAsync(Host, scene.Action.Id));
    }

    [Theory]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task OfficialsActorsAndStaffMaySupportWhereOnlyTheyVote(string role)
    {
        var scene = await CreateAsync(Host, OfficialsAndActors);
        await SignInAsync(Host, role);

        Assert.True(await Host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Theory]
    [InlineData(RoadmapPhase.Arbitrage)]
    [InlineData(RoadmapPhase.MiseEnOeuvre)]
    public async Task RefusedOnceThePhaseNoLongerTakesSupports(RoadmapPhase phase)
    {
        var scene = await CreateAsync(Host, phase: phase);
        await SignInAsync(Host, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SupportAction(scene.Action.Id)));

        Assert.StartsWith("Les soutiens sont fermés", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionsInWorkshopsStillTakeSupports()
    {
        var scene = await CreateAsync(Host, phase: RoadmapPhase.Ateliers);
        await SignInAsync(Host, RoleNames.Citizen);

        Assert.True(await Host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task ANotRetainedActionCannotBeSupported()
    {
        var scene = await CreateAsync(Host, decide: (a, by) => a.Reject(by, "Hors compétence du Département.", RoadmapBuilder.Now));
        await SignInAsync(Host, RoleNames.Citizen);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task AMergedActionCannotBeSupported()
    {
        var scene = await CreateAsync(Host, actions: 2);
        await Host.WithDbAsync(async db =>
        {
            var merged = await db.Actions.SingleAsync(a => a.Id == scene.Actions[0].Id);
            merged.MergeInto(await db.Actions.SingleAsync(a => a.Id == scene.Actions[1].Id), scene.FacilitatorId, "Doublon.", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        await SignInAsync(Host, RoleNames.Citizen);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SupportAction(scene.Actions[0].Id)));
    }

    [Fact]
    public async Task AHiddenActionCannotBeSupported()
    {
        var scene = await CreateAsync(Host, decide: (a, _) => a.Hide("Contenu publicitaire.", RoadmapBuilder.Now));
        await SignInAsync(Host, RoleNames.Citizen);

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SupportAction(scene.Action.Id)));
    }
}
