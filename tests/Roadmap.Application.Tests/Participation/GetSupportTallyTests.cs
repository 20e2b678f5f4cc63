using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;
using static Roadmap.Application.Tests.Participation.ParticipationScene;

namespace Roadmap.Application.Tests.Participation;

public sealed class GetSupportTallyTests : ApplicationTest
{
    [Fact]
    public async Task CountsByRoleWithFacilitatorsAndAdministratorsTogether()
    {
        var scene = await CreateAsync(Host);
        await SupportByEachAsync(scene, RoleNames.Citizen, RoleNames.Citizen, RoleNames.Actor, RoleNames.ElectedOfficial, RoleNames.Facilitator, RoleNames.Administrator);

        var tally = await TallyAnonymouslyAsync(scene);

        Assert.Equal(6, tally.Total);
        Assert.Equal(
            [("Élu·e", 1), ("Acteur du territoire", 1), ("Citoyen·ne", 2), ("Animateur·rice / Administrateur·rice", 2)],
            tally.ByRole!.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task CountsByOrganisationLargestFirstAndThoseWithoutOneLast()
    {
        var scene = await CreateAsync(Host);
        var laFleche = await CommuneAsync(Host);
        var association = Organisation.Create("Les Passeurs numériques", OrganisationKind.Association);
        await Host.SaveAsync(association);
        await SupportAsAsync(scene, RoleNames.ElectedOfficial, laFleche.Id);
        await SupportAsAsync(scene, RoleNames.Actor, association.Id);
        await SupportAsAsync(scene, RoleNames.Actor, association.Id);
        await SupportAsAsync(scene, RoleNames.Citizen, null);

        var tally = await TallyAnonymouslyAsync(scene);

        Assert.Equal(
            [("Les Passeurs numériques", "Association", 2), ("La Flèche", "Commune", 1), ("Sans organisation", "", 1)],
            tally.ByOrganisation!.Select(o => (o.Name, o.KindLabel, o.Count)));
    }

    [Fact]
    public async Task SupportsOfDeletedAccountsStillCount()
    {
        var scene = await CreateAsync(Host);
        var leaving = await SupportAsAsync(scene, RoleNames.Actor, null);
        await Host.WithDbAsync(db => db.InTransactionAsync(token => db.Supports.Where(s => s.UserId == leaving).ExecuteUpdateAsync(s => s.SetProperty(x => x.UserId, (Guid?)null), token), CancellationToken.None));

        var tally = await TallyAnonymouslyAsync(scene);

        Assert.Equal(1, tally.Total);
        Assert.Equal(1, tally.ByRole!.Single(r => r.Group == SupporterGroup.Actors).Count);
    }

    [Fact]
    public async Task AnonymousVisitorsSeeTheTallyWithoutOptions()
    {
        var scene = await CreateAsync(Host);

        var tally = await TallyAnonymouslyAsync(scene);

        Assert.Null(tally.Viewer);
        Assert.True(tally.SupportsOpen);
    }

    [Fact]
    public async Task TellsTheSupporterTheySupportAndHowManySupportsTheyHaveLeft()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.AllRegistered, 3));
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Action.Id));

        var viewer = (await Host.SendAsync(new GetSupportTally(scene.Action.Id))).Viewer!;

        Assert.True(viewer.Supports);
        Assert.False(viewer.MaySupport);
        Assert.True(viewer.MayWithdrawSupport);
        Assert.Equal(2, viewer.RemainingSupports!.Value);
    }

    [Fact]
    public async Task TellsWhenTheCapIsUsedUp()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.AllRegistered, 1), actions: 2);
        await SignInAsync(Host, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(scene.Actions[0].Id));

        var viewer = (await Host.SendAsync(new GetSupportTally(scene.Actions[1].Id))).Viewer!;

        Assert.False(viewer.MaySupport);
        Assert.Equal("Vous avez déjà utilisé votre soutien sur cette feuille de route.", viewer.SupportRefusal);
    }

    [Fact]
    public async Task ExplainsWhyACitizenMayNotSupportWhereOnlyOfficialsAndActorsVote()
    {
        var scene = await CreateAsync(Host, new VotingRules(SupportEligibility.OfficialsAndActors, null));
        await SignInAsync(Host, RoleNames.Citizen);

        var viewer = (await Host.SendAsync(new GetSupportTally(scene.Action.Id))).Viewer!;

        Assert.False(viewer.MaySupport);
        Assert.Contains("seuls les élu·es et les acteurs du territoire", viewer.SupportRefusal, StringComparison.Ordinal);
        Assert.Null(viewer.RemainingSupports);
    }

    [Fact]
    public async Task ExplainsThatSupportsAreClosedInThisPhase()
    {
        var scene = await CreateAsync(Host, phase: RoadmapPhase.Arbitrage);

        var tally = await TallyAnonymouslyAsync(scene);

        Assert.False(tally.SupportsOpen);
        Assert.Equal("Les soutiens sont fermés : la feuille de route est en phase « Arbitrage ».", tally.ClosedReason);
    }

    [Fact]
    public async Task ListsTheCoSigningCollectivitiesAndWhatTheOfficialMayDo()
    {
        var scene = await CreateAsync(Host);
        var commune = await CommuneAsync(Host);
        await SignInAsync(Host, RoleNames.ElectedOfficial, commune.Id);
        await Host.SendAsync(new EndorseAction(scene.Action.Id));

        var tally = await Host.SendAsync(new GetSupportTally(scene.Action.Id));

        Assert.Equal("La Flèche", Assert.Single(tally.Endorsements).Name);
        Assert.Equal(new ViewerEndorsement(commune.Id, "La Flèche", Endorsed: true, MayEndorse: false, MayWithdraw: true), tally.Viewer!.Endorsement);
    }

    [Fact]
    public async Task OffersNoCoSignatureToThoseWhoAreNotOfficials()
    {
        var scene = await CreateAsync(Host);
        await SignInAsync(Host, RoleNames.Actor, (await CommuneAsync(Host)).Id);

        var tally = await Host.SendAsync(new GetSupportTally(scene.Action.Id));

        Assert.Null(tally.Viewer!.Endorsement);
    }

    [Fact]
    public async Task UnknownActionIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetSupportTally(Guid.NewGuid())));
    }

    private async Task SupportByEachAsync(ParticipationScene scene, params string[] roles)
    {
        foreach (var role in roles)
        {
            await SupportAsAsync(scene, role, null);
        }
    }

    private async Task<Guid> SupportAsAsync(ParticipationScene scene, string role, Guid? organisationId)
    {
        var id = await SignInAsync(Host, role, organisationId);
        await Host.SendAsync(new SupportAction(scene.Action.Id));
        return id;
    }

    private Task<SupportTallyView> TallyAnonymouslyAsync(ParticipationScene scene)
    {
        Host.User.SignOut();
        return Host.SendAsync(new GetSupportTally(scene.Action.Id));
    }
}
