using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

public sealed class GetActionDetailsTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;
    private RoadmapBuilder _builder = default!;

    public async Task InitializeAsync()
    {
        _host = await ApplicationHost.StartAsync();
        _builder = new RoadmapBuilder().WithSlug("sarthe");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ReturnsIndicatorsBudgetPartnersAndHistory()
    {
        var roadmap = _builder.Build();
        var commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        var proposer = await _host.NewUserAsync("Maire de La Flèche");
        var action = RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0]) with { PartnerIds = [commune.Id] }, proposer, RoadmapBuilder.Now);
        await _host.SaveAsync(_builder.Owner, commune, roadmap, action);

        var details = await _host.SendAsync(new GetActionDetails("sarthe", action.Id));

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
        var action = Drafts.Proposed(roadmap, await _host.NewUserAsync());
        await _host.SaveAsync(_builder.Owner, roadmap, other.Owner, otherRoadmap, action);

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new GetActionDetails("herault", action.Id)));
    }

    [Fact]
    public async Task UnknownIdIsNotFound()
    {
        await _host.SaveAsync(_builder.Owner, _builder.Build());

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new GetActionDetails("sarthe", Guid.NewGuid())));
    }

    [Fact]
    public async Task HidesTheTextOfModeratedCommentsButKeepsTheirPlace()
    {
        var roadmap = _builder.Build();
        var author = await _host.NewUserAsync();
        var action = Drafts.Proposed(roadmap, author);
        var hidden = Comment.Write(action, null, author, ParticipantRole.Citizen, "Insulte", CommentAlignment.Against, RoadmapBuilder.Now);
        hidden.Hide("Propos injurieux", RoadmapBuilder.Now);
        var reply = Comment.Write(action, hidden, author, ParticipantRole.Citizen, "Réponse **polie**", CommentAlignment.Neutral, RoadmapBuilder.Now.AddMinutes(1));
        await _host.SaveAsync(_builder.Owner, roadmap, action, hidden, reply);

        var comments = (await _host.SendAsync(new ListComments(action.Id))).Comments;

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
        var action = RoadmapAction.Propose(roadmap, draft, await _host.NewUserAsync(), RoadmapBuilder.Now);
        await _host.SaveAsync(_builder.Owner, roadmap, action);

        var html = (await _host.SendAsync(new GetActionDetails("sarthe", action.Id))).DescriptionHtml;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
