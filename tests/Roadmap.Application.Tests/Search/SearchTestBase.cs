using Roadmap.Application.Actions;
using Roadmap.Application.Actions.SearchActions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Search;

/// <summary>A roadmap with two axes, a proposer and a few supporters; each test adds the actions it needs.</summary>
public abstract class SearchTestBase : IAsyncLifetime
{
    private protected const string Slug = "recherche";
    private readonly RoadmapBuilder _builder = new RoadmapBuilder().WithSlug(Slug);
    private readonly List<Guid> _supporters = [];

    private protected ApplicationHost Host { get; private set; } = default!;
    private protected TerritorialRoadmap Roadmap { get; private set; } = default!;
    private protected Guid Proposer { get; private set; }
    private protected static SearchActions Search => new(Slug);

    public async Task InitializeAsync()
    {
        Host = await ApplicationHost.StartAsync();
        Roadmap = _builder.Build();
        await Host.SaveAsync(_builder.Owner, Roadmap);
        Proposer = await Host.NewUserAsync("Porteuse");
        for (var i = 0; i < 4; i++)
        {
            _supporters.Add(await Host.NewUserAsync($"Soutien {i}"));
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private protected RoadmapAction Action(string title = "Une action", int minutes = 0, int axis = 0, string summary = "Un résumé.",
        Guid? organisation = null, Guid[]? partners = null, Guid[]? territories = null) =>
        RoadmapAction.Propose(
            Roadmap,
            Drafts.For(Roadmap.Axes[axis], title) with { Summary = summary, OrganisationId = organisation, PartnerIds = partners ?? [], TerritoryIds = territories ?? [] },
            Proposer,
            RoadmapBuilder.Now.AddMinutes(minutes));

    private protected IEnumerable<Support> Supports(RoadmapAction action, int count) =>
        _supporters.Take(count).Select(user => Support.Give(Roadmap, action, user, ParticipantRole.Citizen, null, RoadmapBuilder.Now));

    private protected IEnumerable<Comment> Comments(RoadmapAction action, int count) =>
        Enumerable.Range(0, count).Select(_ => Comment.Write(action, null, Proposer, ParticipantRole.Citizen, "Avis", CommentAlignment.Neutral, RoadmapBuilder.Now));

    /// <summary>Saves, then recomputes the denormalised counters as the use cases do.</summary>
    private protected async Task SaveAsync(params object[] entities)
    {
        await Host.SaveAsync(entities);
        await Host.WithDbAsync(db => db.InTransactionAsync(
            async token =>
            {
                await ActionCounters.RefreshRoadmapAsync(db, Roadmap.Id, token);
                return 0;
            },
            CancellationToken.None));
    }

    private protected async Task<List<string>> TitlesAsync(SearchActions request) =>
        (await Host.SendAsync(request)).Items.Select(i => i.Title).ToList();
}
