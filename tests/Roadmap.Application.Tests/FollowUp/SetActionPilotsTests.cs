using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.FollowUp.FindPilotCandidates;
using Roadmap.Application.FollowUp.GetActionPilots;
using Roadmap.Application.FollowUp.SetActionPilots;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>Naming pilots: who is eligible, replacing the set, idempotence, notification, following, journal.</summary>
public sealed class SetActionPilotsTests() : ApplicationTest(frozenClock: true)
{
    private FollowUpScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await FollowUpScene.StartAsync(Host);
        _scene.AsManager();
    }

    [Fact]
    public async Task PeopleOfTheCarryingOrPartnerOrganisationAndOfTheTeamMayPilot()
    {
        await Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.CarrierId, _scene.PartnerId, _scene.FacilitatorId]));

        var pilots = await Host.SendAsync(new GetActionPilots(_scene.Action.Id));
        Assert.Equal(["Anne Animatrice", "Chloé Porteuse", "Paul Partenaire"], pilots.Select(p => p.DisplayName));
        Assert.Equal("Département de la Sarthe", pilots.Single(p => p.UserId == _scene.CarrierId).OrganisationName);
    }

    [Fact]
    public async Task AnOutsiderIsRefusedByNameAndNothingIsSaved()
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.CarrierId, _scene.OutsiderId, _scene.OtherPilotId])));

        Assert.Contains("Olivier Extérieur, Pia Autrepilote", refused.Message, StringComparison.Ordinal);
        Assert.False(await Host.WithDbAsync(db => db.Pilots.AnyAsync(p => p.ActionId == _scene.Action.Id)));
    }

    [Fact]
    public async Task AnUnknownAccountIsRefused()
    {
        var unknown = Guid.NewGuid();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SetActionPilots(_scene.Action.Id, [unknown])));

        Assert.Contains(unknown.ToString(), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameListTwiceChangesNothingAndReplacingRemovesTheOthers()
    {
        await Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.CarrierId, _scene.PartnerId]));
        await Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.PartnerId, _scene.CarrierId, _scene.CarrierId]));
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "action.pilots")));

        await Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.PartnerId]));

        var pilot = Assert.Single(await Host.SendAsync(new GetActionPilots(_scene.Action.Id)));
        Assert.Equal(_scene.PartnerId, pilot.UserId);
        var entries = await Host.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "action.pilots").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Before!.Contains("Chloé Porteuse", StringComparison.Ordinal) && !e.After!.Contains("Chloé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewPilotsAreNotifiedOnceAndFollowTheAction()
    {
        await Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.CarrierId]));
        await Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.CarrierId, _scene.ManagerId]));

        var notices = await Host.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.PilotNamed).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal(_scene.CarrierId, notice.UserId);
        Assert.Equal($"/feuilles-de-route/suivi-a/actions/{_scene.Action.Id}", notice.Link);
        Assert.Contains("Déployer des conseillers numériques", notice.Text, StringComparison.Ordinal);
        var followers = await Host.WithDbAsync(db => db.Follows.Where(f => f.Target == FollowTarget.Action && f.TargetId == _scene.Action.Id).Select(f => f.UserId).ToListAsync());
        Assert.Equal(new[] { _scene.CarrierId, _scene.ManagerId }.Order(), followers.Order());
    }

    [Fact]
    public async Task AtMostTenPilots()
    {
        var many = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToList();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new SetActionPilots(_scene.Action.Id, many)));

        Assert.Contains("au plus 10 pilotes", refused.Errors[nameof(SetActionPilots.UserIds)][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActionNotYetRetainedHasNoPilots()
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SetActionPilots(_scene.Proposed.Id, [_scene.CarrierId])));

        Assert.Equal(RoadmapAction.NotFollowedUp, refused.Message);
    }

    [Fact]
    public async Task CandidatesAreTheEligiblePeopleMatchingTheTerm()
    {
        await Host.SendAsync(new SetActionPilots(_scene.Action.Id, [_scene.CarrierId]));

        var all = await Host.SendAsync(new FindPilotCandidates(_scene.Action.Id, "e"));
        var byName = await Host.SendAsync(new FindPilotCandidates(_scene.Action.Id, "PARTEN"));

        Assert.DoesNotContain(all, c => c.Id == _scene.OutsiderId || c.Id == _scene.OtherPilotId || c.Id == _scene.ManagerOfBId);
        Assert.True(all.Single(c => c.Id == _scene.CarrierId).IsPilot);
        Assert.True(all.Single(c => c.Id == _scene.FacilitatorId).IsTeam);
        Assert.Equal(_scene.PartnerId, Assert.Single(byName).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task FindingCandidatesNeedsATerm(string term) =>
        await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new FindPilotCandidates(_scene.Action.Id, term)));
}
