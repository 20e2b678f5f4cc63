using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following;
using Roadmap.Application.Following.StartFollowing;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Participation.WithdrawSupport;
using Roadmap.Application.PersonalData.ExportMyData;
using Roadmap.Application.Roadmaps.Admin.AdvancePhase;
using Roadmap.Application.Roadmaps.Admin.SchedulePhases;
using Roadmap.Application.Roadmaps.Axes.AddAxis;
using Roadmap.Application.Roadmaps.Axes.ArchiveAxis;
using Roadmap.Application.Roadmaps.Axes.EditAxis;
using Roadmap.Application.Roadmaps.Axes.ReorderAxes;
using Roadmap.Application.Roadmaps.Rules.ChangeParticipationRules;
using Roadmap.Application.Tests.Actions;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CreateWorkshop;

namespace Roadmap.Application.Tests.Roadmaps.Archive;

/// <summary>
/// An archived roadmap in concertation (a phase open to everything): every change is refused with the
/// archive's sentence, never its phase; reading, following and exporting one's data still work.
/// </summary>
public sealed class ArchivedRoadmapTests() : ApplicationTest(frozenClock: true)
{
    private TerritorialRoadmap _roadmap = default!;
    private RoadmapAction _action = default!;
    private Guid _proposerId;
    private Guid _supporterId;
    private Guid _ownerId;

    protected override async Task ArrangeAsync()
    {
        var builder = new RoadmapBuilder().InPhase(RoadmapPhase.Concertation).WithRules(VotingRules.Open with { Proposers = ProposalEligibility.AllRegistered });
        _roadmap = builder.Build();
        _ownerId = builder.Owner.Id;
        _proposerId = await Host.NewUserAsync("Proposante");
        _supporterId = await Host.NewUserAsync("Soutien");
        _action = Drafts.Proposed(_roadmap, _proposerId);
        var support = Support.Give(_roadmap, _action, _supporterId, ParticipantRole.Citizen, null, RoadmapBuilder.Now);
        _roadmap.Archive(RoadmapBuilder.Now);
        await Host.SaveAsync(builder.Owner, _roadmap, _action, support);
    }

    [Theory]
    [InlineData("proposer une action")]
    [InlineData("soutenir")]
    [InlineData("retirer son soutien")]
    [InlineData("commenter")]
    [InlineData("co-signer")]
    [InlineData("modifier son action")]
    [InlineData("programmer un atelier")]
    [InlineData("passer à la phase suivante")]
    [InlineData("programmer les phases")]
    [InlineData("ajouter un axe")]
    [InlineData("modifier un axe")]
    [InlineData("réordonner les axes")]
    [InlineData("retirer un axe")]
    [InlineData("changer les règles de participation")]
    public async Task EveryChangeIsRefusedBecauseTheRoadmapIsArchived(string change)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ChangeAsync(change));

        Assert.Equal("Cette feuille de route est archivée : elle reste consultable mais ne peut plus être modifiée.", refused.Message);
    }

    [Fact]
    public async Task ItStaysReadableFollowableAndExportable()
    {
        Host.User.SignIn(_supporterId, null, RoleNames.Citizen);

        var details = await Host.SendAsync(new GetActionDetails(_roadmap.Slug, _action.Id));
        var comments = await Host.SendAsync(new ListComments(_action.Id));
        await Host.SendAsync(new StartFollowing(new FollowedThing(FollowTarget.Action, _action.Id, _roadmap.Slug)));
        var export = await Host.SendAsync(new ExportMyData());

        Assert.Equal(_action.Title, details.Title);
        Assert.Equal(TerritorialRoadmap.Archived, comments.ClosedReason);
        Assert.False(comments.CanComment);
        Assert.NotNull(export);
        Host.User.SignIn(_proposerId, null, RoleNames.Citizen);
        Assert.Equal(TerritorialRoadmap.Archived, (await Host.SendAsync(new GetActionForEdit(_roadmap.Slug, _action.Id))).Refusal);
    }

    private async Task ChangeAsync(string change)
    {
        var slug = _roadmap.Slug;
        var axes = _roadmap.Axes.Select(a => a.Id).ToList();
        switch (change)
        {
            case "proposer une action":
                await SignedInAsync(RoleNames.Citizen);
                await Host.SendAsync(ActionRequests.Proposal(_roadmap));
                break;
            case "soutenir":
                await SignedInAsync(RoleNames.Citizen);
                await Host.SendAsync(new SupportAction(_action.Id));
                break;
            case "retirer son soutien":
                Host.User.SignIn(_supporterId, null, RoleNames.Citizen);
                await Host.SendAsync(new WithdrawSupport(_action.Id));
                break;
            case "commenter":
                await SignedInAsync(RoleNames.Citizen);
                await Host.SendAsync(new PostComment(_action.Id, "Un avis sur l'action.", CommentAlignment.For));
                break;
            case "co-signer":
                Host.User.SignIn(await Host.NewUserAsync("Élue"), _ownerId, RoleNames.ElectedOfficial);
                await Host.SendAsync(new EndorseAction(_action.Id));
                break;
            case "modifier son action":
                Host.User.SignIn(_proposerId, null, RoleNames.Citizen);
                var proposal = ActionRequests.Proposal(_roadmap);
                await Host.SendAsync(new EditAction { ActionId = _action.Id, AxisId = _action.AxisId, Title = proposal.Title, Summary = proposal.Summary });
                break;
            case "programmer un atelier":
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new CreateWorkshop(slug, WorkshopScene.Draft(_roadmap)));
                break;
            case "passer à la phase suivante":
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new AdvancePhase(slug, RoadmapPhase.Concertation, "La suite."));
                break;
            case "programmer les phases":
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new SchedulePhases(slug, [new PhaseDates(RoadmapPhase.Ateliers, new DateOnly(2026, 6, 1), null)], false));
                break;
            case "ajouter un axe":
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new AddAxis(slug, "Nouvel axe", "", []));
                break;
            case "modifier un axe":
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new EditAxis(axes[0], "Inclusion", "", []));
                break;
            case "réordonner les axes":
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new ReorderAxes(slug, [axes[1], axes[0]]));
                break;
            case "retirer un axe":
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new ArchiveAxis(axes[1]));
                break;
            default:
                await SignedInAsync(RoleNames.Administrator);
                await Host.SendAsync(new ChangeParticipationRules(slug, ProposalEligibility.AllRegistered, SupportEligibility.AllRegistered, null, true));
                break;
        }
    }

    private async Task SignedInAsync(string role) => Host.User.SignIn(await Host.NewUserAsync("Camille"), null, role);
}
