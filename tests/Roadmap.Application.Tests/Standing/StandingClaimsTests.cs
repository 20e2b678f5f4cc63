using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Standing.DecideStandingClaim;
using Roadmap.Application.Standing.GetStandingClaimForm;
using Roadmap.Application.Standing.ListMyStandingClaims;
using Roadmap.Application.Standing.ListStandingClaims;
using Roadmap.Application.Standing.SubmitStandingClaim;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Standing;

/// <summary>Standing claims: submitted by anyone signed in, decided by the roadmap's managers or an Administrator.</summary>
public sealed class StandingClaimsTests : ApplicationTest
{
    private TerritorialRoadmap _roadmap = default!;
    private TerritorialRoadmap _other = default!;
    private Organisation _commune = default!;
    private ApplicationUser _claimant = default!;

    protected override async Task ArrangeAsync()
    {
        var a = new RoadmapBuilder().WithSlug("sarthe");
        var b = new RoadmapBuilder().WithSlug("mayenne");
        _roadmap = a.Build();
        _other = b.Build();
        _commune = Organisation.Create("Champagné", OrganisationKind.Commune, "72054");
        await Host.SaveAsync(a.Owner, b.Owner, _roadmap, _other, _commune);
        _claimant = await Host.NewAccountAsync("Camille Martin", null, RoleNames.Citizen);
    }

    [Fact]
    public async Task APersonClaimsAStandingAndSeesItPending()
    {
        Host.SignInAs(_claimant, RoleNames.Citizen);

        await Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.ElectedOfficial, "Adjointe au maire chargée du numérique"));

        var mine = Assert.Single(await Host.SendAsync(new ListMyStandingClaims()));
        Assert.Equal(("sarthe", "Champagné", "Élu·e", "En attente", "Adjointe au maire chargée du numérique"),
            (mine.RoadmapSlug, mine.OrganisationName, mine.RoleLabel, mine.StatusLabel, mine.Statement));
    }

    [Fact]
    public async Task ASecondPendingClaimOnTheSameRoadmapIsRefusedInFrenchAndNothingIsDuplicated()
    {
        Host.SignInAs(_claimant, RoleNames.Citizen);
        await Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.ElectedOfficial, ""));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.ElectedOfficial, "")));
        await Host.SendAsync(new SubmitStandingClaim("mayenne", _commune.Id, ParticipantRole.Actor, ""));

        Assert.Equal(SubmitStandingClaimHandler.AlreadyPending, refused.Message);
        Assert.Equal(2, await Host.WithDbAsync(db => db.StandingClaims.CountAsync()));
    }

    [Fact]
    public async Task AfterARefusalThePersonMayClaimAgain()
    {
        var id = await SubmitAsync();
        await DecideAsAdministratorAsync(id, approve: false, "Pas de mandat à ce nom.");

        Host.SignInAs(_claimant, RoleNames.Citizen);
        await Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.ElectedOfficial, "Avec le bon nom"));

        Assert.Equal(2, (await Host.SendAsync(new ListMyStandingClaims())).Count);
    }

    [Theory]
    [InlineData(ParticipantRole.Citizen)]
    [InlineData(ParticipantRole.Facilitator)]
    [InlineData(ParticipantRole.Administrator)]
    public async Task AStandingIsClaimedAsElectedOfficialOrActorOnly(ParticipantRole role)
    {
        Host.SignInAs(_claimant, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, role, "")));

        Assert.Contains("élu·e ou comme acteur", refused.Message + string.Join(" ", refused.Errors.SelectMany(e => e.Value)));
        Assert.False(await Host.WithDbAsync(db => db.StandingClaims.AnyAsync()));
    }

    [Fact]
    public void TheDomainRefusesAnotherRoleToo() =>
        Assert.Throws<DomainRuleException>(() => StandingClaim.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ParticipantRole.Citizen, "", RoadmapBuilder.Now));

    [Fact]
    public async Task AHugeStatementGetsAFrenchMessageAndAScriptIsKeptAsText()
    {
        Host.SignInAs(_claimant, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.Actor, new string('é', StandingClaim.StatementMaxLength + 1))));
        await Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.Actor, "<script>alert(1)</script> élue 🌱"));

        Assert.Contains("ne doit pas dépasser 500 caractères", string.Join(" ", refused.Errors.SelectMany(e => e.Value)));
        Assert.Equal("<script>alert(1)</script> élue 🌱", Assert.Single(await Host.SendAsync(new ListMyStandingClaims())).Statement);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsAskedToSignIn() =>
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.Actor, "")));

    [Fact]
    public async Task AnUnknownRoadmapOrOrganisationIsNotFound()
    {
        Host.SignInAs(_claimant, RoleNames.Citizen);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new SubmitStandingClaim("nulle-part", _commune.Id, ParticipantRole.Actor, "")));
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new SubmitStandingClaim("sarthe", Guid.NewGuid(), ParticipantRole.Actor, "")));
    }

    [Fact]
    public async Task TheFormOffersTheRoadmapsAndOrganisations()
    {
        Host.SignInAs(_claimant, RoleNames.Citizen);

        var form = await Host.SendAsync(new GetStandingClaimForm());

        Assert.Equal(2, form.Roadmaps.Count);
        Assert.True(form.HasOrganisations);
    }

    public enum Decider
    {
        Citizen,
        ElectedOfficial,
        Actor,
        TeamFacilitatorOfThisRoadmap,
        TeamFacilitatorOfAnother,
        TeamManagerOfAnother,
        TeamManager,
        GlobalFacilitator,
        Administrator,
    }

    [Theory]
    [InlineData(Decider.Citizen, false)]
    [InlineData(Decider.ElectedOfficial, false)]
    [InlineData(Decider.Actor, false)]
    [InlineData(Decider.TeamFacilitatorOfThisRoadmap, false)]
    [InlineData(Decider.TeamFacilitatorOfAnother, false)]
    [InlineData(Decider.TeamManagerOfAnother, false)]
    [InlineData(Decider.GlobalFacilitator, false)]
    [InlineData(Decider.TeamManager, true)]
    [InlineData(Decider.Administrator, true)]
    public async Task OnlyTheRoadmapsManagersOrAnAdministratorDecide(Decider decider, bool allowed)
    {
        var id = await SubmitAsync();
        await SignInAsAsync(decider);

        if (allowed)
        {
            Assert.Equal(StandingStatus.Approved, await Host.SendAsync(new DecideStandingClaim(id, true, null)));
            Assert.Single(await Host.SendAsync(new ListStandingClaims()));
        }
        else
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new DecideStandingClaim(id, true, null)));
            if (decider != Decider.TeamManagerOfAnother)
            {
                await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListStandingClaims()));
            }

            Assert.Equal(StandingStatus.Pending, await Host.WithDbAsync(db => db.StandingClaims.Select(c => c.Status).SingleAsync()));
        }
    }

    [Fact]
    public async Task AManagerOfAnotherRoadmapSeesOnlyItsOwnQueue()
    {
        await SubmitAsync();
        await SignInAsAsync(Decider.TeamManagerOfAnother);

        Assert.Empty(await Host.SendAsync(new ListStandingClaims()));
    }

    [Fact]
    public async Task AnAnonymousVisitorMayNeitherListNorDecide()
    {
        var id = await SubmitAsync();
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new ListStandingClaims()));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new DecideStandingClaim(id, true, null)));
    }

    [Fact]
    public async Task ApprovalSetsTheOrganisationAndRoleNotifiesAndIsJournalled()
    {
        var id = await SubmitAsync();

        await DecideAsAdministratorAsync(id, approve: true, null);

        var person = await Host.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == _claimant.Id));
        Assert.Equal(_commune.Id, person.OrganisationId);
        Assert.Equal([RoleNames.Citizen, RoleNames.ElectedOfficial], await Host.RolesOfAsync(_claimant.Id));
        Assert.NotEqual(_claimant.SecurityStamp, person.SecurityStamp);
        var notice = await Host.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == _claimant.Id));
        Assert.Equal(NotificationKind.StandingDecided, notice.Kind);
        Assert.Contains("approuvée", notice.Text);
        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("standing.approved", _roadmap.Id), (entry.Action, entry.RoadmapId));
        Assert.Contains("\"status\":\"Pending\"", entry.Before);
        Assert.Contains("\"status\":\"Approved\"", entry.After);
    }

    [Fact]
    public async Task ARefusalNeedsAReasonWhichThePersonReads()
    {
        var id = await SubmitAsync();
        Host.User.SignIn(await Host.NewUserAsync("Admin"), null, RoleNames.Administrator);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new DecideStandingClaim(id, false, "  ")));
        Assert.Equal(StandingStatus.Refused, await Host.SendAsync(new DecideStandingClaim(id, false, "Aucun mandat à ce nom.")));

        Assert.Contains("Un refus doit être motivé", string.Join(" ", refused.Errors.SelectMany(e => e.Value)));
        var person = await Host.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == _claimant.Id));
        Assert.Null(person.OrganisationId);
        Assert.Equal([RoleNames.Citizen], await Host.RolesOfAsync(_claimant.Id));
        Assert.EndsWith("Aucun mandat à ce nom.", await Host.WithDbAsync(db => db.Notifications.Select(n => n.Text).SingleAsync()));
        Assert.Equal("standing.refused", await Host.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).SingleAsync()));
        Host.SignInAs(_claimant, RoleNames.Citizen);
        var mine = Assert.Single(await Host.SendAsync(new ListMyStandingClaims()));
        Assert.Equal(("Refusée", "Aucun mandat à ce nom."), (mine.StatusLabel, mine.DecisionReason));
    }

    [Fact]
    public async Task AClaimAlreadyDecidedIsNotDecidedAgain()
    {
        var id = await SubmitAsync();
        await DecideAsAdministratorAsync(id, approve: true, null);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new DecideStandingClaim(id, false, "Finalement non.")));

        Assert.Equal("Cette demande a déjà été traitée.", refused.Message);
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task TheQueueFiltersByStatusAndRoadmap()
    {
        var decided = await SubmitAsync();
        await DecideAsAdministratorAsync(decided, approve: false, "Non.");
        Host.SignInAs(_claimant, RoleNames.Citizen);
        await Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.Actor, ""));
        await Host.SendAsync(new SubmitStandingClaim("mayenne", _commune.Id, ParticipantRole.Actor, ""));
        Host.User.SignIn(await Host.NewUserAsync("Admin 2"), null, RoleNames.Administrator);

        Assert.Equal(3, (await Host.SendAsync(new ListStandingClaims())).Count);
        Assert.Equal(2, (await Host.SendAsync(new ListStandingClaims(StandingStatus.Pending))).Count);
        Assert.Single(await Host.SendAsync(new ListStandingClaims(StandingStatus.Pending, "sarthe")));
        Assert.Single(await Host.SendAsync(new ListStandingClaims(StandingStatus.Refused)));
    }

    private async Task<Guid> SubmitAsync()
    {
        Host.SignInAs(_claimant, RoleNames.Citizen);
        return await Host.SendAsync(new SubmitStandingClaim("sarthe", _commune.Id, ParticipantRole.ElectedOfficial, "Adjointe au maire"));
    }

    private async Task DecideAsAdministratorAsync(Guid id, bool approve, string? reason)
    {
        Host.User.SignIn(await Host.NewUserAsync("Administratrice"), null, RoleNames.Administrator);
        await Host.SendAsync(new DecideStandingClaim(id, approve, reason));
    }

    private async Task SignInAsAsync(Decider decider)
    {
        var id = await Host.NewUserAsync($"Décideur {decider}");
        var (role, team, roadmap) = decider switch
        {
            Decider.Citizen => (RoleNames.Citizen, (TeamRole?)null, _roadmap),
            Decider.ElectedOfficial => (RoleNames.ElectedOfficial, null, _roadmap),
            Decider.Actor => (RoleNames.Actor, null, _roadmap),
            Decider.TeamFacilitatorOfThisRoadmap => (RoleNames.Citizen, TeamRole.Facilitator, _roadmap),
            Decider.TeamFacilitatorOfAnother => (RoleNames.Citizen, TeamRole.Facilitator, _other),
            Decider.TeamManagerOfAnother => (RoleNames.Citizen, TeamRole.Manager, _other),
            Decider.TeamManager => (RoleNames.Citizen, TeamRole.Manager, _roadmap),
            Decider.GlobalFacilitator => (RoleNames.Facilitator, null, _roadmap),
            _ => (RoleNames.Administrator, null, _roadmap),
        };
        if (team is { } teamRole)
        {
            await Host.SaveAsync(RoadmapTeamMember.Grant(roadmap.Id, id, teamRole, id, RoadmapBuilder.Now));
        }

        Host.User.SignIn(id, null, role);
    }
}
