using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

public sealed class GetActionDetailsTests : ApplicationTest
{
    private RoadmapBuilder _builder = default!;

    protected override async Task ArrangeAsync()
    {
        _builder = new RoadmapBuilder().WithSlug("sarthe");
    }

    [Fact]
    public async Task ReturnsIndicatorsBudgetPartnersAndHistory()
    {
        var roadmap = _builder.Build();
        var commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        var proposer = await Host.NewUserAsync("Maire de La Flèche");
        var action = RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0]) with { PartnerIds = [commune.Id] }, proposer, RoadmapBuilder.Now);
        await Host.SaveAsync(_builder.Owner, commune, roadmap, action);

        var details = await Host.SendAsync(new GetActionDetails("sarthe", action.Id));

        Assert.Equal("Personnes accompagnées", Assert.Single(details.Indicators).Name);
        Assert.Equal(120_000m, details.Budget.EstimatedAmount);
        Assert.Equal(["La Flèche"], details.Partners);
        Assert.Equal("Maire de La Flèche", Assert.Single(details.History).ByName);
    }

    [Fact]
    public async Task AnActionIsNotFoundUnderAnotherRoadmapsSlug()
    {
        var roadmap = _builder.Build();
        var other = new RoadmapBuilder().WithSlug("herault");
        var otherRoadmap = other.Build();
        var action = Drafts.Proposed(roadmap, await Host.NewUserAsync());
        await Host.SaveAsync(_builder.Owner, roadmap, other.Owner, otherRoadmap, action);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetActionDetails("herault", action.Id)));
    }

    [Fact]
    public async Task UnknownIdIsNotFound()
    {
        await Host.SaveAsync(_builder.Owner, _builder.Build());

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetActionDetails("sarthe", Guid.NewGuid())));
    }

    [Fact]
    public async Task HidesTheTextOfModeratedCommentsButKeepsTheirPlace()
    {
        var roadmap = _builder.Build();
        var author = await Host.NewUserAsync();
        var action = Drafts.Proposed(roadmap, author);
        var hidden = Comment.Write(action, null, author, ParticipantRole.Citizen, "Insulte", CommentAlignment.Against, RoadmapBuilder.Now);
        hidden.Hide("Propos injurieux", RoadmapBuilder.Now);
        var reply = Comment.Write(action, hidden, author, ParticipantRole.Citizen, "Réponse **polie**", CommentAlignment.Neutral, RoadmapBuilder.Now.AddMinutes(1));
        await Host.SaveAsync(_builder.Owner, roadmap, action, hidden, reply);

        var comments = (await Host.SendAsync(new ListComments(action.Id))).Comments;

        Assert.Equal([hidden.Id, reply.Id], comments.Select(c => c.Id));
        Assert.Equal("", comments[0].BodyHtml);
        Assert.Equal("Propos injurieux", comments[0].HiddenReason);
        Assert.Contains("<strong>polie</strong>", comments[1].BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInTheDescriptionNeverReachesThePage()
    {
        var roadmap = _builder.Build();
        var draft = Drafts.For(roadmap.Axes[0]) with { Description = "<script>alert(1)</script> [clic](javascript:alert(1))" };
        var action = RoadmapAction.Propose(roadmap, draft, await Host.NewUserAsync(), RoadmapBuilder.Now);
        await Host.SaveAsync(_builder.Owner, roadmap, action);

        var html = (await Host.SendAsync(new GetActionDetails("sarthe", action.Id))).DescriptionHtml;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
