using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.GetActionControls;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.FollowUp.GetActionFollowUp;
using Roadmap.Application.FollowUp.GetActionLineage;
using Roadmap.Application.FollowUp.GetFollowUpControls;
using Roadmap.Application.FollowUp.ListActionUpdates;
using Roadmap.Application.FollowUp.PostActionUpdate;
using Roadmap.Application.FollowUp.SetActionPilots;
using Roadmap.Application.Mediation.GetMediatedVoices;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Moderation.ModerateMediatedContribution;
using Roadmap.Application.Tests.FollowUp;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Mediation;
using Roadmap.Application.Workshops.HideIdea;

namespace Roadmap.Application.Tests.Actions;

/// <summary>
/// The action page's smaller reads on a host that keeps shared reads as the web app does (decision 039): the action's
/// facts, its points d'étape and timeline per audience, its pilots and its mediated comments are kept once, each caller still gets
/// only what they may see or do, and a write shows on the next read.
/// </summary>
public sealed class SharedActionFactsTests() : ApplicationTest(sharedReads: true)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RoadmapBuilder.Now.UtcDateTime);

    [Fact]
    public async Task APointDEtapeAndItsHidingShowOnTheNextReadToEachAudience()
    {
        var scene = await FollowUpScene.StartAsync(Host);
        Host.User.SignOut();
        var before = await Host.SendAsync(new ListActionUpdates(scene.Action.Id));
        await scene.SignInAsAsync("pilote");
        var update = await Host.SendAsync(new PostActionUpdate(scene.Action.Id, "Premier bilan", "Douze permanences.", Today));
        var pilot = await Host.SendAsync(new ListActionUpdates(scene.Action.Id));
        Host.User.SignOut();
        var posted = await Host.SendAsync(new ListActionUpdates(scene.Action.Id));

        await Host.WithDbAsync(async db =>
        {
            (await db.Updates.SingleAsync(u => u.Id == update.UpdateId)).Hide("Données personnelles", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        var hiddenToThePublic = await Host.SendAsync(new ListActionUpdates(scene.Action.Id));
        scene.AsManager();
        var team = await Host.SendAsync(new ListActionUpdates(scene.Action.Id));

        Assert.Equal((0, false), (before.Total, before.CanPost));
        Assert.Equal((1, true), (pilot.Total, pilot.CanPost));
        Assert.Equal((1, false, null), (posted.Total, posted.CanPost, posted.Updates[0].HiddenReason));
        Assert.Equal(0, hiddenToThePublic.Total);
        Assert.Equal((1, "Données personnelles"), (team.Total, team.Updates[0].HiddenReason));
    }

    [Fact]
    public async Task TheTimelineShowsAPointDEtapeOnTheNextReadAndItsHidingToTheTeamOnly()
    {
        var scene = await FollowUpScene.StartAsync(Host);
        Host.User.SignOut();
        var before = await Host.SendAsync(new GetActionLineage(scene.Action.Id));
        await scene.SignInAsAsync("pilote");
        var update = await Host.SendAsync(new PostActionUpdate(scene.Action.Id, "Premier bilan", "Douze permanences.", Today));
        Host.User.SignOut();
        var posted = await Host.SendAsync(new GetActionLineage(scene.Action.Id));

        await Host.WithDbAsync(async db =>
        {
            (await db.Updates.SingleAsync(u => u.Id == update.UpdateId)).Hide("Données personnelles", RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        var hiddenToThePublic = await Host.SendAsync(new GetActionLineage(scene.Action.Id));
        scene.AsManager();
        var team = await Host.SendAsync(new GetActionLineage(scene.Action.Id));

        Assert.DoesNotContain(before.Events, e => e.Kind == LineageEventKind.UpdatePosted);
        Assert.Equal(["Point d'étape : Premier bilan"], posted.Events.Where(e => e.Kind == LineageEventKind.UpdatePosted).Select(e => e.Heading));
        Assert.DoesNotContain(hiddenToThePublic.Events, e => e.Kind == LineageEventKind.UpdatePosted);
        Assert.Single(team.Events, e => e.Kind == LineageEventKind.UpdatePosted);
    }

    [Fact]
    public async Task ANewPilotShowsOnTheNextReadAndAHiddenActionOnlyToItsTeam()
    {
        var scene = await FollowUpScene.StartAsync(Host);
        Host.User.SignOut();
        var before = await Host.SendAsync(new GetActionFollowUp(scene.Action.Id));
        scene.AsManager();
        await Host.SendAsync(new SetActionPilots(scene.Action.Id, [scene.CarrierId]));
        Host.User.SignOut();
        var named = await Host.SendAsync(new GetActionFollowUp(scene.Action.Id));

        await scene.SignInAsAsync("animateur·rice de l'équipe");
        await Host.SendAsync(new ModerateAction(scene.Action.Id, ModerationDecision.Hide, "Hors sujet"));
        var team = await Host.SendAsync(new GetActionFollowUp(scene.Action.Id));
        var teamUpdates = await Host.SendAsync(new ListActionUpdates(scene.Action.Id));

        Assert.Empty(before.Pilots);
        Assert.Equal(["Chloé Porteuse"], named.Pilots.Select(p => p.DisplayName));
        Assert.Equal(scene.Action.Id, team.ActionId);
        Assert.Equal(0, teamUpdates.Total);
        foreach (var who in new[] { "anonyme", "citoyen·ne", "gestionnaire d'une autre feuille" })
        {
            await scene.SignInAsAsync(who);
            await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetActionFollowUp(scene.Action.Id)));
            await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new ListActionUpdates(scene.Action.Id)));
            await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetActionLineage(scene.Action.Id)));
            await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetMediatedVoices(scene.Action.Id)));
        }
    }

    [Fact]
    public async Task RetainingAnActionChangesWhatEachCallerMayDoOnTheNextRead()
    {
        var scene = await FollowUpScene.StartAsync(Host);
        scene.AsManager();
        var proposed = await Host.SendAsync(new GetActionControls(scene.Proposed.Id));
        var notFollowedUp = await Host.SendAsync(new GetFollowUpControls(scene.Proposed.Id));

        await Host.SendAsync(new ReviewAction(scene.Proposed.Id, ActionStatus.Retained, "Adoptée."));
        var retained = await Host.SendAsync(new GetActionControls(scene.Proposed.Id));
        var followedUp = await Host.SendAsync(new GetFollowUpControls(scene.Proposed.Id));
        await scene.SignInAsAsync("citoyen·ne");
        var citizen = await Host.SendAsync(new GetActionControls(scene.Proposed.Id));
        var citizenFollowUp = await Host.SendAsync(new GetFollowUpControls(scene.Proposed.Id));

        Assert.Contains(ActionStatus.Retained, proposed.ReviewTargets);
        Assert.False(notFollowedUp.Any);
        Assert.Equal([ActionStatus.InProgress, ActionStatus.Done], retained.ReviewTargets);
        Assert.Equal((true, true), (followedUp.CanManagePilots, followedUp.CanReport));
        Assert.Empty(citizen.ReviewTargets);
        Assert.False(citizenFollowUp.Any);
    }

    [Fact]
    public async Task AMediatedCommentAndItsHidingShowOnTheNextRead()
    {
        var scene = await MediationScene.CreateAsync(Host);
        var before = await Host.SendAsync(new GetMediatedVoices(scene.ActionId));
        await Host.SendAsync(scene.Comment());
        var recorded = await Host.SendAsync(new GetMediatedVoices(scene.ActionId));
        var contribution = await Host.WithDbAsync(db => db.MediatedContributions.Select(c => c.Id).SingleAsync());

        Host.User.SignIn(await Host.NewUserAsync("Fabienne Animation"), null, RoleNames.Facilitator);
        await Host.SendAsync(new ModerateMediatedContribution(contribution, ModerationDecision.Hide, "Propos injurieux"));
        Host.User.SignOut();
        var hidden = await Host.SendAsync(new GetMediatedVoices(scene.ActionId));

        Assert.Empty(before.Comments);
        Assert.Equal(["<p>Il faudrait des permanences le samedi.</p>"], recorded.Comments.Select(c => c.BodyHtml.Trim()));
        Assert.True(recorded.CallerIsMediator);
        Assert.Empty(hidden.Comments);
        Assert.False(hidden.CallerIsMediator);
    }

    [Fact]
    public async Task ThePromotedIdeaIsKeptInTheTimelineAndLosesItsTextOnTheNextReadOnceHidden()
    {
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        var facilitator = await Host.NewUserAsync("Fabienne Animation");
        var participant = await Host.NewUserAsync("Participante");
        var (workshop, attendance, idea, action) = PromotedIdea.In(roadmap, facilitator, participant);
        await Host.SaveAsync(builder.Owner, roadmap, workshop, attendance, idea, action);

        var first = await Host.SendAsync(new GetActionLineage(action.Id));
        var kept = await Host.SendAsync(new GetActionLineage(action.Id));
        Host.User.SignIn(facilitator, null, RoleNames.Facilitator);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new HideIdea(workshop.Id, idea.Id, "Propos hors sujet")));
        Host.User.SignOut();
        await Host.WithDbAsync(db => db.InTransactionAsync(
            token => db.Ideas.Where(i => i.Id == idea.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.HiddenAt, RoadmapBuilder.Now.AddDays(1)), token),
            CancellationToken.None));
        var hidden = await Host.SendAsync(new GetActionLineage(action.Id));

        Assert.Equal([LineageEventKind.IdeaPosted, LineageEventKind.Promoted], first.Events.Select(e => e.Kind));
        Assert.Contains("« Des vélos partagés en gare »", first.Events[0].Detail, StringComparison.Ordinal);
        Assert.Equal(first.Events, kept.Events);
        Assert.Contains("devenue une action", refused.Message, StringComparison.Ordinal);
        Assert.Equal([LineageEventKind.IdeaPosted, LineageEventKind.Promoted], hidden.Events.Select(e => e.Kind));
        Assert.DoesNotContain("vélos", hidden.Events[0].Detail, StringComparison.Ordinal);
        Assert.Contains("Atelier mobilités", hidden.Events[0].Heading, StringComparison.Ordinal);
    }
}
