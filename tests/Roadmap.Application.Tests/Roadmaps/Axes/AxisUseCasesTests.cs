using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.ProposeAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Roadmaps.Axes.AddAxis;
using Roadmap.Application.Roadmaps.Axes.ArchiveAxis;
using Roadmap.Application.Roadmaps.Axes.EditAxis;
using Roadmap.Application.Roadmaps.Axes.ReorderAxes;
using Roadmap.Application.Roadmaps.Rules.ChangeParticipationRules;
using Roadmap.Application.Tests.Actions;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Roadmaps.Axes;

/// <summary>Axes and participation rules: managers only, journalled, and the rules take effect at once.</summary>
public sealed class AxisUseCasesTests() : ApplicationTest
{
    private readonly RoadmapBuilder _builderA = new();
    private TerritorialRoadmap _a = default!;
    private TerritorialRoadmap _b = default!;
    private Guid _person;
    private Guid _proposer;

    protected override async Task ArrangeAsync()
    {
        _a = _builderA.Build();
        var builderB = new RoadmapBuilder();
        _b = builderB.Build();
        await Host.SaveAsync(_builderA.Owner, builderB.Owner, _a, _b);
        _person = await Host.NewUserAsync("Camille Martin");
        _proposer = await Host.NewUserAsync("Dominique Proposeur");
    }

    public static TheoryData<string?, TeamRole?, bool, bool> Matrix => new()
    {
        // platform role, team role (on A, or on B when the last flag says so) → may manage A
        { RoleNames.Administrator, null, false, true },
        { RoleNames.Citizen, TeamRole.Manager, false, true },
        { RoleNames.Citizen, TeamRole.Manager, true, false },
        { RoleNames.Citizen, TeamRole.Facilitator, false, false },
        { RoleNames.Citizen, TeamRole.Facilitator, true, false },
        { RoleNames.Facilitator, null, false, false },
        { RoleNames.ElectedOfficial, null, false, false },
        { RoleNames.Actor, null, false, false },
        { RoleNames.Citizen, null, false, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task OnlyTheRoadmapsManagersAndAdministratorsChangeItsAxesAndRules(string? platformRole, TeamRole? teamRole, bool onOtherRoadmap, bool allowed)
    {
        if (teamRole is { } role)
        {
            await Host.SaveAsync(RoadmapTeamMember.Grant(onOtherRoadmap ? _b.Id : _a.Id, _person, role, _person, RoadmapBuilder.Now));
        }

        Host.User.SignIn(_person, null, platformRole is null ? [] : [platformRole]);
        var axisId = _a.Axes[0].Id;
        IEnumerable<Func<Task>> commands =
        [
            () => Host.SendAsync(new ReorderAxes(_a.Slug, [.. _a.Axes.Select(a => a.Id).Reverse()])),
            () => Host.SendAsync(new AddAxis(_a.Slug, "Données publiques", "", ["Ouvrir les données"])),
            () => Host.SendAsync(new EditAxis(axisId, "Inclusion", "", [])),
            () => Host.SendAsync(new ChangeParticipationRules(_a.Slug, ProposalEligibility.AllRegistered, SupportEligibility.AllRegistered, 5, true)),
            () => Host.SendAsync(new ArchiveAxis(axisId)),
        ];

        foreach (var command in commands)
        {
            if (allowed)
            {
                await command();
            }
            else
            {
                await Assert.ThrowsAsync<ForbiddenException>(command);
            }
        }

        Assert.Equal(allowed ? 5 : 0, await Host.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new AddAxis(_a.Slug, "Données", "", [])));
    }

    [Fact]
    public async Task EachChangeIsJournalledBeforeAndAfter()
    {
        SignInAdministrator();

        var axis = await Host.SendAsync(new AddAxis(_a.Slug, "Données publiques", "Ouvrir", ["Ouvrir les données", "Les réutiliser"]));
        await Host.SendAsync(new EditAxis(axis.Id, "Données ouvertes", "Ouvrir", ["Les réutiliser"]));

        var entries = await Host.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Action).ToListAsync());
        Assert.Equal(["axis.added", "axis.edited"], entries.Select(e => e.Action));
        Assert.Null(entries[0].Before);
        Assert.Contains("Données publiques", entries[1].Before, StringComparison.Ordinal);
        Assert.Contains("Données ouvertes", entries[1].After, StringComparison.Ordinal);
        Assert.Equal(["Les réutiliser"], await ObjectivesAsync(axis.Id));
    }

    [Fact]
    public async Task AddingTheSameAxisTwiceAddsOne()
    {
        SignInAdministrator();
        await Host.SendAsync(new AddAxis(_a.Slug, "Données publiques", "", []));

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new AddAxis(_a.Slug, "Données publiques", "", [])));

        Assert.Equal(3, await Host.WithDbAsync(db => db.Axes.CountAsync(a => a.RoadmapId == _a.Id)));
    }

    [Fact]
    public async Task BadInputIsRefusedInFrenchAndLosesNothing()
    {
        SignInAdministrator();

        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new AddAxis(_a.Slug, " ", "", [])));
        var huge = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new EditAxis(_a.Axes[0].Id, "Inclusion", "", [new string('é', StrategicAxis.ObjectiveMaxLength + 1)])));
        var cap = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new ChangeParticipationRules(_a.Slug, ProposalEligibility.AllRegistered, SupportEligibility.AllRegistered, 0, true)));

        Assert.Contains("obligatoire", empty.Errors["Title"][0], StringComparison.Ordinal);
        Assert.Contains("400 caractères", huge.Errors["Objectives"][0], StringComparison.Ordinal);
        Assert.Contains("entre 1 et", cap.Errors["MaxSupportsPerParticipant"][0], StringComparison.Ordinal);
        Assert.Equal(["Former 2 000 personnes par an"], await ObjectivesAsync(_a.Axes[0].Id));
        Assert.Equal(0, await Host.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task ReorderingWithAForeignAxisIsRefusedAndChangesNothing()
    {
        SignInAdministrator();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new ReorderAxes(_a.Slug, [_a.Axes[1].Id, _b.Axes[0].Id])));

        Assert.Equal(TerritorialRoadmap.ForeignAxis, refused.Message);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Axes.Where(a => a.Id == _a.Axes[0].Id).Select(a => a.Position).SingleAsync()));
    }

    [Fact]
    public async Task AnAxisWithoutActionsIsRemovedOneWithActionsIsArchivedAndTakesNoProposal()
    {
        await Host.SaveAsync(Drafts.Proposed(_a, _proposer));
        SignInAdministrator();

        var archived = await Host.SendAsync(new ArchiveAxis(_a.Axes[0].Id));
        var removed = await Host.SendAsync(new ArchiveAxis(_a.Axes[1].Id));

        Assert.False(archived.Removed);
        Assert.Equal(1, archived.ActionCount);
        Assert.True(removed.Removed);
        Assert.Equal(["axis.archived", "axis.removed"], await Host.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Action).Select(e => e.Action).ToListAsync()));
        var axes = await Host.WithDbAsync(db => db.Axes.Where(a => a.RoadmapId == _a.Id).ToListAsync());
        Assert.NotNull(Assert.Single(axes).ArchivedAt);

        var options = await Host.SendAsync(new GetActionFormOptions(_a.Slug));
        Assert.Empty(options.Axes);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(ActionRequests.Proposal(_a)));
        Assert.Equal("L'axe « Inclusion numérique » est archivé : on ne peut plus y proposer ni y déplacer d'action.", refused.Errors["AxisId"][0]);
    }

    [Theory]
    [InlineData(ProposalEligibility.OfficialsAndActors, false)]
    [InlineData(ProposalEligibility.AllRegistered, true)]
    public async Task TheRoadmapDecidesWhetherCitizensPropose(ProposalEligibility proposers, bool allowed)
    {
        SignInAdministrator();
        await Host.SendAsync(new ChangeParticipationRules(_a.Slug, proposers, SupportEligibility.AllRegistered, null, true));
        Host.User.SignIn(_person, null, RoleNames.Citizen);

        Assert.Equal(allowed, (await Host.SendAsync(new GetActionFormOptions(_a.Slug))).MayPropose);
        if (allowed)
        {
            await Host.SendAsync(ActionRequests.Proposal(_a));
        }
        else
        {
            var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(ActionRequests.Proposal(_a)));
            Assert.Equal(ProposeActionHandler.NotAProposer, refused.Message);
        }
    }

    [Theory]
    [InlineData(SupportEligibility.AllRegistered, RoleNames.Citizen, false, true)]
    [InlineData(SupportEligibility.OfficialsAndActors, RoleNames.Citizen, false, false)]
    [InlineData(SupportEligibility.OfficialsAndActors, RoleNames.Actor, false, true)]
    [InlineData(SupportEligibility.VerifiedStanding, RoleNames.ElectedOfficial, false, false)]
    [InlineData(SupportEligibility.VerifiedStanding, RoleNames.ElectedOfficial, true, true)]
    public async Task TheRoadmapDecidesWhoSupports(SupportEligibility eligibility, string role, bool verified, bool allowed)
    {
        var action = Drafts.Proposed(_a, _proposer);
        await Host.SaveAsync(action);
        SignInAdministrator();
        await Host.SendAsync(new ChangeParticipationRules(_a.Slug, ProposalEligibility.OfficialsAndActors, eligibility, null, true));
        if (verified)
        {
            var claim = StandingClaim.Submit(_person, _a.Id, _builderA.Owner.Id, ParticipantRole.ElectedOfficial, "Conseillère départementale", RoadmapBuilder.Now);
            claim.Approve(_person, null, RoadmapBuilder.Now);
            await Host.SaveAsync(claim);
        }

        Host.User.SignIn(_person, null, role);

        if (allowed)
        {
            Assert.True(await Host.SendAsync(new SupportAction(action.Id)));
        }
        else
        {
            var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SupportAction(action.Id)));
            Assert.Contains("seul", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AStandingVerifiedOnAnotherRoadmapDoesNotCount()
    {
        var action = Drafts.Proposed(_a, _proposer);
        await Host.SaveAsync(action);
        SignInAdministrator();
        await Host.SendAsync(new ChangeParticipationRules(_a.Slug, ProposalEligibility.OfficialsAndActors, SupportEligibility.VerifiedStanding, null, true));
        var claim = StandingClaim.Submit(_person, _b.Id, _builderA.Owner.Id, ParticipantRole.ElectedOfficial, "", RoadmapBuilder.Now);
        claim.Approve(_person, null, RoadmapBuilder.Now);
        await Host.SaveAsync(claim);
        Host.User.SignIn(_person, null, RoleNames.ElectedOfficial);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SupportAction(action.Id)));

        Assert.Contains("Mon compte", refused.Message, StringComparison.Ordinal);
    }

    private void SignInAdministrator() => Host.User.SignIn(Guid.NewGuid(), null, RoleNames.Administrator);

    private Task<List<string>> ObjectivesAsync(Guid axisId) => Host.WithDbAsync(async db =>
        (await db.Axes.AsNoTracking().SingleAsync(a => a.Id == axisId)).Objectives.OrderBy(o => o.Position).Select(o => o.Text).ToList());
}
