using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Roadmaps.ListRoadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Roadmaps;

public sealed class GetRoadmapTests : ApplicationTest
{
    [Fact]
    public async Task GroupsActionsUnderTheirAxisWithCounts()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        var citizen = await Host.NewUserAsync();
        var action = Drafts.Proposed(roadmap, citizen);
        await Host.SaveAsync(builder.Owner, roadmap, action,
            Support.Give(roadmap, action, citizen, ParticipantRole.Citizen, null, RoadmapBuilder.Now),
            Comment.Write(action, null, citizen, ParticipantRole.Citizen, "Oui", CommentAlignment.For, RoadmapBuilder.Now));
        await Host.WithDbAsync(db => db.InTransactionAsync(
            async token =>
            {
                await ActionCounters.RefreshAsync(db, action.Id, token);
                return 0;
            },
            CancellationToken.None));

        var overview = await Host.SendAsync(new GetRoadmap("sarthe"));

        var card = Assert.Single(overview.Axes[0].Actions);
        Assert.Equal(action.Id, card.Id);
        Assert.Equal(1, card.SupportCount);
        Assert.Equal(1, card.CommentCount);
        Assert.Empty(overview.Axes[1].Actions);
    }

    [Fact]
    public async Task RendersTheDescriptionAsSafeHtml()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        await Host.SaveAsync(builder.Owner, builder.Build());

        var overview = await Host.SendAsync(new GetRoadmap("sarthe"));

        Assert.Contains("<em>feuille de route</em>", overview.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSlugIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetRoadmap("inconnue")));
    }

    [Fact]
    public async Task ListsRoadmapsWithTheirOwnerAndCounts()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        var proposer = await Host.NewUserAsync();
        await Host.SaveAsync(builder.Owner, roadmap, Drafts.Proposed(roadmap, proposer), Drafts.Proposed(roadmap, proposer));

        var summary = Assert.Single(await Host.SendAsync(new ListRoadmaps()));

        Assert.Equal("Département de la Sarthe", summary.OwnerName);
        Assert.Equal(2, summary.AxisCount);
        Assert.Equal(2, summary.ActionCount);
    }
}
