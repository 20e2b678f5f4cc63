using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Mediation.CorrectContribution;
using Roadmap.Application.Mediation.Grants;
using Roadmap.Application.Mediation.ListMyContributions;
using Roadmap.Application.Mediation.WithdrawContribution;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Mediation;

public sealed class CorrectContributionTests() : ApplicationTest(frozenClock: true)
{
    private MediationScene _scene = default!;
    private Guid _support;

    protected override async Task ArrangeAsync()
    {
        _scene = await MediationScene.CreateAsync(Host);
        _support = (await Host.SendAsync(_scene.Support())).Id;
    }

    private static CorrectContribution Fix(Guid id, string firstName = "Jeannette", string commune = "Sablé") =>
        new(id, firstName, "D", commune, AgeBracket.From60To74, null, null);

    [Fact]
    public async Task TheMediatorCorrectsTheResidentWithinFortyEightHours()
    {
        Host.Clock.Advance(MediatedContribution.CorrectionWindow - TimeSpan.FromMinutes(1));

        await Host.SendAsync(Fix(_support));

        var saved = await Host.WithDbAsync(db => db.MediatedContributions.SingleAsync());
        Assert.Equal(("Jeannette", _scene.Sable.Id, Host.Clock.Now), (saved.ResidentFirstName, saved.CommuneId, saved.CorrectedAt!.Value));
    }

    [Fact]
    public async Task AfterFortyEightHoursTheEntryIsReadOnly()
    {
        Host.Clock.Advance(MediatedContribution.CorrectionWindow + TimeSpan.FromMinutes(1));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(Fix(_support)));
        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new WithdrawContribution(_support)));

        Assert.Equal(MediatedContribution.WindowClosed, refused.Message);
        Assert.False((await Host.SendAsync(new ListMyContributions())).Items.Single().Correctable);
    }

    [Fact]
    public async Task WithdrawingRecomputesTheMediatedCount()
    {
        await Host.SendAsync(new WithdrawContribution(_support));

        Assert.Equal((0, 0, 0), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task AnotherMediatorOfTheSameOrganisationCannotTouchIt()
    {
        var colleague = await Host.NewUserAsync("Collègue");
        await Host.SaveAsync(MediatorGrant.Grant(colleague, _scene.FranceServices.Id, null, RoadmapBuilder.Now));
        Host.User.SignIn(colleague, null, RoleNames.Citizen);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(Fix(_support)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new WithdrawContribution(_support)));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetMyContribution(_support)));
        Assert.Empty((await Host.SendAsync(new ListMyContributions())).Items);
    }

    [Fact]
    public async Task AMediatorWhoseGrantWasRevokedCannotCorrect()
    {
        Host.User.SignIn(await Host.NewUserAsync("Admin"), null, RoleNames.Administrator);
        await Host.SendAsync(new RevokeMediator(_scene.FranceServices.Id, _scene.MediatorId));
        Host.User.SignIn(_scene.MediatorId, null, RoleNames.Citizen);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(Fix(_support)));
    }

    [Fact]
    public async Task ACorrectionThatMakesADuplicateIsRefused()
    {
        var second = (await Host.SendAsync(_scene.Support(firstName: "Marcel"))).Id;

        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(Fix(second, firstName: "Jeanne", commune: "La Flèche")));

        Assert.Equal((0, 2, 2), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task ListsTheMediatorsEntriesNewestFirst()
    {
        Host.Clock.Advance(TimeSpan.FromMinutes(5));
        await Host.SendAsync(_scene.Comment());

        var page = await Host.SendAsync(new ListMyContributions());

        Assert.Equal([MediatedContributionKind.Comment, MediatedContributionKind.Support], page.Items.Select(i => i.Kind));
        Assert.All(page.Items, i => Assert.Equal("France Services de La Flèche", i.OrganisationName));
    }
}
