using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Domain;

public sealed class ParticipationRulesTests
{
    private static readonly DateTimeOffset Now = RoadmapBuilder.Now;

    [Fact]
    public void SupportIsRefusedOutsideOpenPhases()
    {
        var roadmap = new RoadmapBuilder().Build();
        var action = Drafts.Proposed(roadmap);
        roadmap.AdvanceTo(RoadmapPhase.Arbitrage);

        Assert.Throws<DomainRuleException>(() => Support.Give(roadmap, action, Guid.NewGuid(), ParticipantRole.Citizen, null, Now));
    }

    [Theory]
    [InlineData(false, RoadmapPhase.Diagnostic, false, false)]
    [InlineData(false, RoadmapPhase.Concertation, false, true)]
    [InlineData(false, RoadmapPhase.Ateliers, false, true)]
    [InlineData(false, RoadmapPhase.Arbitrage, false, false)]
    [InlineData(false, RoadmapPhase.MiseEnOeuvre, false, false)]
    [InlineData(false, RoadmapPhase.Concertation, true, false)]
    [InlineData(true, RoadmapPhase.Concertation, false, false)]
    [InlineData(true, RoadmapPhase.Ateliers, false, false)]
    public void CountsAreHiddenOnlyWhileSupportsAreCollectedAndTheRulesSaySo(bool countsShown, RoadmapPhase phase, bool archived, bool hidden)
    {
        var roadmap = new RoadmapBuilder().InPhase(phase).WithRules(new VotingRules(SupportEligibility.AllRegistered, null, CountsShownDuringPhase: countsShown)).Build();
        if (archived)
        {
            roadmap.Archive(Now);
        }

        Assert.Equal(hidden, roadmap.HidesSupportCounts);
    }

    [Fact]
    public void SupportKeepsTheSupportersRoleAndOrganisation()
    {
        var roadmap = new RoadmapBuilder().Build();
        var action = Drafts.Proposed(roadmap);
        var commune = Guid.NewGuid();

        var support = Support.Give(roadmap, action, Guid.NewGuid(), ParticipantRole.ElectedOfficial, commune, Now);

        Assert.Equal(ParticipantRole.ElectedOfficial, support.Role);
        Assert.Equal(commune, support.OrganisationId!.Value);
    }

    [Fact]
    public void CitizensCannotSupportWhenOnlyOfficialsAndActorsMay()
    {
        var roadmap = new RoadmapBuilder().WithRules(new VotingRules(SupportEligibility.OfficialsAndActors, null)).Build();
        var action = Drafts.Proposed(roadmap);

        Assert.Throws<DomainRuleException>(() => Support.Give(roadmap, action, Guid.NewGuid(), ParticipantRole.Citizen, null, Now));
    }

    [Fact]
    public void ARejectedActionCannotBeSupported()
    {
        var roadmap = new RoadmapBuilder().Build();
        var action = Drafts.Proposed(roadmap);
        action.Reject(Guid.NewGuid(), "Hors sujet", Now);

        Assert.Throws<DomainRuleException>(() => Support.Give(roadmap, action, Guid.NewGuid(), ParticipantRole.Citizen, null, Now));
    }

    [Theory]
    [InlineData(ParticipantRole.Citizen)]
    [InlineData(ParticipantRole.Actor)]
    [InlineData(ParticipantRole.Facilitator)]
    public void OnlyElectedOfficialsEndorse(ParticipantRole role)
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        Assert.Throws<DomainRuleException>(() => Endorsement.Give(action, Guid.NewGuid(), role, Guid.NewGuid(), Now));
    }

    [Fact]
    public void AnEndorsementNeedsACollectivity()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        Assert.Throws<DomainRuleException>(() => Endorsement.Give(action, Guid.NewGuid(), ParticipantRole.ElectedOfficial, null, Now));
    }

    [Fact]
    public void RepliesNestToDepthThree()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());
        var first = Comment.Write(action, null, Guid.NewGuid(), ParticipantRole.Citizen, "Bonne idée", CommentAlignment.For, Now);
        var second = Comment.Write(action, first, Guid.NewGuid(), ParticipantRole.Citizen, "D'accord", CommentAlignment.For, Now);
        var third = Comment.Write(action, second, Guid.NewGuid(), ParticipantRole.Citizen, "Moi aussi", CommentAlignment.Neutral, Now);

        Assert.Equal(3, third.Depth);
        Assert.Throws<DomainRuleException>(() => Comment.Write(action, third, Guid.NewGuid(), ParticipantRole.Citizen, "Trop profond", CommentAlignment.Neutral, Now));
    }

    [Fact]
    public void ARepliesMustStayOnTheSameAction()
    {
        var roadmap = new RoadmapBuilder().Build();
        var parent = Comment.Write(Drafts.Proposed(roadmap), null, Guid.NewGuid(), ParticipantRole.Citizen, "Oui", CommentAlignment.For, Now);

        Assert.Throws<DomainRuleException>(() => Comment.Write(Drafts.Proposed(roadmap), parent, Guid.NewGuid(), ParticipantRole.Citizen, "Non", CommentAlignment.Against, Now));
    }

    [Fact]
    public void HidingRequiresAReasonAndKeepsTheComment()
    {
        var comment = Comment.Write(Drafts.Proposed(new RoadmapBuilder().Build()), null, Guid.NewGuid(), ParticipantRole.Citizen, "Texte", CommentAlignment.Neutral, Now);

        Assert.Throws<DomainRuleException>(() => comment.Hide("", Now));
        comment.Hide("Propos injurieux", Now);
        Assert.Equal("Texte", comment.Body);
        Assert.False(comment.IsVisible);
    }
}
