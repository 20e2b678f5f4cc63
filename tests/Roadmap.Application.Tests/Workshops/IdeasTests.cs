using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.HideIdea;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.PostIdea;
using Roadmap.Application.Workshops.PromoteIdea;
using Roadmap.Application.Workshops.UpvoteIdea;

namespace Roadmap.Application.Tests.Workshops;

public sealed class IdeasTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task APostedIdeaIsAnnouncedToTheRoom()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var author = await scene.MemberAsync();

        var idea = await scene.SendAs(author, new PostIdea(scene.WorkshopId, null, "Un bus numérique itinérant", scene.Roadmap.Axes[0].Id));

        var announced = Assert.Single(Host.Live.Payloads<IdeaView>(LiveEvents.IdeaPosted));
        Assert.Equal(idea.Id, announced.Id);
        Assert.Equal("Un bus numérique itinérant", announced.Text);
        Assert.Equal((bool?)null, announced.IsMine);
    }

    [Fact]
    public async Task AnUpvoteCountsOnceAndASecondTapTakesItBack()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var idea = await scene.SendAs(await scene.MemberAsync(), new PostIdea(scene.WorkshopId, null, "Un bus numérique", null));
        var voter = await scene.MemberAsync();

        var upvoted = await scene.SendAs(voter, new UpvoteIdea(scene.WorkshopId, null, idea.Id));
        var withdrawn = await scene.SendAs(voter, new UpvoteIdea(scene.WorkshopId, null, idea.Id));

        Assert.Equal(1, upvoted.Upvotes);
        Assert.True(upvoted.UpvotedByMe!.Value);
        Assert.Equal(0, withdrawn.Upvotes);
        Assert.False(withdrawn.UpvotedByMe!.Value);
    }

    [Fact]
    public async Task NobodyUpvotesTheirOwnIdea()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var author = await scene.MemberAsync();
        var idea = await scene.SendAs(author, new PostIdea(scene.WorkshopId, null, "Un bus numérique", null));

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(author, new UpvoteIdea(scene.WorkshopId, null, idea.Id)));
    }

    [Fact]
    public async Task AHiddenIdeaReachesParticipantsWithoutItsText()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var author = await scene.MemberAsync();
        var idea = await scene.SendAs(author, new PostIdea(scene.WorkshopId, null, "Propos déplacés", null));
        await scene.SendAs(scene.Facilitator, new HideIdea(scene.WorkshopId, idea.Id, "Hors sujet"));

        var seen = Assert.Single((await scene.SendAs(author, new GetWorkshopState(scene.WorkshopId, null))).Ideas);

        Assert.True(seen.IsHidden);
        Assert.Equal("", seen.Text);
        Assert.Equal("Hors sujet", seen.HiddenReason);
    }

    [Fact]
    public async Task PromotingAnIdeaInTheAteliersPhaseProposesAnActionCreditedToItsAuthor()
    {
        var scene = await WorkshopScene.StartAsync(Host, RoadmapPhase.Ateliers);
        var author = await scene.MemberAsync(RoleNames.Actor, scene.Owner.Id, "Alex Acteur");
        var idea = await scene.SendAs(author, new PostIdea(scene.WorkshopId, null, "Former les secrétaires de mairie aux démarches en ligne", null));

        var promoted = await scene.SendAs(scene.Facilitator, new PromoteIdea(scene.WorkshopId, idea.Id, scene.Roadmap.Axes[1].Id));

        var action = await Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == promoted.PromotedActionId));
        Assert.Equal(ActionStatus.Proposed, action.Status);
        Assert.Equal(author.UserId, action.ProposerId);
        Assert.Equal(scene.Roadmap.Axes[1].Id, action.AxisId);
        Assert.Equal(scene.Owner.Id, action.OrganisationId!.Value);
        Assert.Equal("Former les secrétaires de mairie aux démarches en ligne", action.Title);
    }

    [Fact]
    public async Task AGuestsIdeaIsCreditedToTheFacilitatorAndNamesTheGuest()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var guest = await scene.GuestAsync("Invitée Martin");
        var idea = await scene.SendAs(guest, new PostIdea(scene.WorkshopId, guest.GuestToken, "Un café numérique", null));

        var promoted = await scene.SendAs(scene.Facilitator, new PromoteIdea(scene.WorkshopId, idea.Id, scene.Roadmap.Axes[0].Id));

        var action = await Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == promoted.PromotedActionId));
        Assert.Equal(scene.Facilitator.UserId, action.ProposerId);
        Assert.Contains("Invitée Martin (invité·e)", action.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdeaBecomesOneActionOnly()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var idea = await scene.SendAs(await scene.MemberAsync(), new PostIdea(scene.WorkshopId, null, "Un café numérique", null));
        await scene.SendAs(scene.Facilitator, new PromoteIdea(scene.WorkshopId, idea.Id, scene.Roadmap.Axes[0].Id));

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(scene.Facilitator, new PromoteIdea(scene.WorkshopId, idea.Id, scene.Roadmap.Axes[0].Id)));
    }

    [Fact]
    public void PromotionIsRefusedOnceTheRoadmapIsInArbitration()
    {
        var roadmap = new Roadmap.Application.Tests.Fixtures.RoadmapBuilder().InPhase(RoadmapPhase.Arbitrage).Build();
        var draft = Roadmap.Application.Tests.Fixtures.Drafts.For(roadmap.Axes[0]);

        Assert.Throws<DomainRuleException>(() => RoadmapAction.PromoteFromWorkshop(roadmap, draft, Guid.NewGuid(), Guid.NewGuid(), "Atelier", Guid.NewGuid(), DateTimeOffset.UtcNow));
    }
}
