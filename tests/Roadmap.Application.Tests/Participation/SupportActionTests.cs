using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

public sealed class SupportActionTests : IAsyncLifetime
{
    private static readonly VotingRules OfficialsAndActors = new(SupportEligibility.OfficialsAndActors, null);

    private ApplicationHost _host = default!;

    public async Task InitializeAsync() => _host = await ApplicationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RecordsTheSupportAndCountsIt()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen);

        var recorded = await _host.SendAsync(new SupportAction(scene.Action.Id));

        Assert.True(recorded);
        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(_host, scene.Action.Id));
    }

    [Fact]
    public async Task SupportingTwiceIsNotAnErrorAndKeepsOneSupport()
    {
        var scene = await CreateAsync(_host);
        await SignInAsync(_host, RoleNames.Citizen);
        await _host.SendAsync(new SupportAction(scene.Action.Id));

        var recordedAgain = await _host.SendAsync(new SupportAction(scene.Action.Id));

        Assert.False(recordedAgain);
        Assert.Equal(new SupportCounts(Counter: 1, Rows: 1), await SupportsOfAsync(_host, scene.Action.Id));
    }

    [Fact]
    public async Task KeepsTheRoleAndOrganisationOfTheMoment()
    {
        var scene = await CreateAsync(_host);
        var commune = await CommuneAsync(_host);
        var id = await _host.NewUserAsync("Maire", commune.Id);
        _host.User.SignIn(id, commune.Id, RoleNames.Citizen, RoleNames.ElectedOfficial);

        await _host.SendAsync(new SupportAction(scene.Action.Id));

        var support = await _host.WithDbAsync(db => db.Supports.SingleAsync());
        Assert.Equal(id, support.UserId!.Value);
        Assert.Equal(ParticipantRole.ElectedOfficial, support.Role);
        Assert.Equal(commune.Id, support.OrganisationId!.Value);
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        var scene = await CreateAsync(_host);

        await Assert.ThrowsAsync<UnauthenticatedException>(() => _host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task UnknownActionIsNotFound()
    {
        await SignInAsync(_host, RoleNames.Citizen);

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new SupportAction(Guid.NewGuid())));
    }

    [Fact]
    public async Task CitizensMayNotSupportWhereOnlyOfficialsAndActorsVote()
    {
        var scene = await CreateAsync(_host, OfficialsAndActors);
        await SignInAsync(_host, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new SupportAction(scene.Action.Id)));

        Assert.Contains("seuls les élu·es et les acteurs du territoire", refused.Message, StringComparison.Ordinal);
        Assert.Equal(new SupportCounts(Counter: 0, Rows: 0), await SupportsOfAsync(_host, scene.Action.Id));
    }

    [Theory]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task OfficialsActorsAndStaffMaySupportWhereOnlyTheyVote(string role)
    {
        var scene = await CreateAsync(_host, OfficialsAndActors);
        await SignInAsync(_host, role);

        Assert.True(await _host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Theory]
    [InlineData(RoadmapPhase.Arbitrage)]
    [InlineData(RoadmapPhase.MiseEnOeuvre)]
    public async Task RefusedOnceThePhaseNoLongerTakesSupports(RoadmapPhase phase)
    {
        var scene = await CreateAsync(_host, phase: phase);
        await SignInAsync(_host, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new SupportAction(scene.Action.Id)));

        Assert.StartsWith("Les soutiens sont fermés", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionsInWorkshopsStillTakeSupports()
    {
        var scene = await CreateAsync(_host, phase: RoadmapPhase.Ateliers);
        await SignInAsync(_host, RoleNames.Citizen);

        Assert.True(await _host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task ANotRetainedActionCannotBeSupported()
    {
        var scene = await CreateAsync(_host, decide: (a, by) => a.Reject(by, "Hors compétence du Département.", RoadmapBuilder.Now));
        await SignInAsync(_host, RoleNames.Citizen);

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new SupportAction(scene.Action.Id)));
    }

    [Fact]
    public async Task AMergedActionCannotBeSupported()
    {
        var scene = await CreateAsync(_host, actions: 2);
        await _host.WithDbAsync(async db =>
        {
            var merged = await db.Actions.SingleAsync(a => a.Id == scene.Actions[0].Id);
            merged.MergeInto(await db.Actions.SingleAsync(a => a.Id == scene.Actions[1].Id), scene.FacilitatorId, "Doublon.", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        await SignInAsync(_host, RoleNames.Citizen);

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new SupportAction(scene.Actions[0].Id)));
    }

    [Fact]
    public async Task AHiddenActionCannotBeSupported()
    {
        var scene = await CreateAsync(_host, decide: (a, _) => a.Hide("Contenu publicitaire.", RoadmapBuilder.Now));
        await SignInAsync(_host, RoleNames.Citizen);

        await Assert.ThrowsAsync<DomainRuleException>(() => _host.SendAsync(new SupportAction(scene.Action.Id)));
    }
}
