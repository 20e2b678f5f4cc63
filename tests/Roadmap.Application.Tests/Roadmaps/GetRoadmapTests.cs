using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Roadmaps.ListRoadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Roadmaps;

public sealed class GetRoadmapTests : IAsyncLifetime
{
    private ApplicationHost _host = default!;

    public async Task InitializeAsync() => _host = await ApplicationHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GroupsActionsUnderTheirAxisWithCounts()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        var citizen = await _host.NewUserAsync();
        var action = Drafts.Proposed(roadmap, citizen);
        await _host.SaveAsync(builder.Owner, roadmap, action,
            Support.Give(roadmap, action, citizen, ParticipantRole.Citizen, null, RoadmapBuilder.Now),
            Comment.Write(action, null, citizen, ParticipantRole.Citizen, "Oui", CommentAlignment.For, RoadmapBuilder.Now));
        await _host.WithDbAsync(async db =>
        {
            await ActionCounters.RefreshAsync(db, action.Id, CancellationToken.None);
            return 0;
        });

        var overview = await _host.SendAsync(new GetRoadmap("sarthe"));

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
        await _host.SaveAsync(builder.Owner, builder.Build());

        var overview = await _host.SendAsync(new GetRoadmap("sarthe"));

        Assert.Contains("<em>feuille de route</em>", overview.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSlugIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new GetRoadmap("inconnue")));
    }

    [Fact]
    public async Task ListsRoadmapsWithTheirOwnerAndCounts()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        var proposer = await _host.NewUserAsync();
        await _host.SaveAsync(builder.Owner, roadmap, Drafts.Proposed(roadmap, proposer), Drafts.Proposed(roadmap, proposer));

        var summary = Assert.Single(await _host.SendAsync(new ListRoadmaps()));

        Assert.Equal("Département de la Sarthe", summary.OwnerName);
        Assert.Equal(2, summary.AxisCount);
        Assert.Equal(2, summary.ActionCount);
    }
}
