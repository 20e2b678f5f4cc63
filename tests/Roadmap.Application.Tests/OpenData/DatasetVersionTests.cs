using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.OpenData;
using Roadmap.Application.OpenData.OpenDataset;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Application.Tests.OpenData;

/// <summary>The version behind a dataset's ETag: the same data gives the same version; a rename, which dates nothing, gives a new one.</summary>
public sealed class DatasetVersionTests() : ApplicationTest(frozenClock: true)
{
    private static readonly string[] Datasets = ["actions", "indicateurs", "valeurs", "soutiens", "sondages", "commentaires", "contributions-recueillies"];

    private TerritorialRoadmap _roadmap = default!;
    private Organisation _carrier = default!;
    private RoadmapAction _action = default!;

    protected override async Task ArrangeAsync()
    {
        var builder = new RoadmapBuilder();
        _roadmap = builder.Build();
        _carrier = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        await Host.SaveAsync(builder.Owner, _roadmap, _carrier);
        var proposer = await Host.NewUserAsync("Camille Proposante");
        _action = RoadmapAction.Propose(_roadmap, Drafts.For(_roadmap.Axes[0]) with { OrganisationId = _carrier.Id }, proposer, RoadmapBuilder.Now);
        await Host.SaveAsync(_action);
        var supporter = await Host.NewUserAsync("Alix Soutien");
        await Host.SaveAsync(Support.Give(_roadmap, _action, supporter, ParticipantRole.Citizen, null, RoadmapBuilder.Now));
    }

    [Fact]
    public async Task TheSameDataGivesTheSameVersionOfEveryDataset()
    {
        Assert.Equal(await VersionsAsync(), await VersionsAsync());
    }

    [Fact]
    public async Task RenamingTheRoadmapChangesTheVersionOfEveryDataset()
    {
        var before = await VersionsAsync();

        await ChangeAsync(async db =>
        {
            var roadmap = await db.Roadmaps.SingleAsync(r => r.Id == _roadmap.Id);
            var owner = await db.Organisations.SingleAsync(o => o.Id == roadmap.OwnerOrganisationId);
            roadmap.Edit(owner, "Usages numériques 2030", roadmap.Summary, roadmap.Description);
        });

        var after = await VersionsAsync();
        Assert.All(before.Zip(after), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public async Task RenamingAnActionChangesTheVersionOfTheDatasetsThatNameIt()
    {
        var actions = await VersionAsync("actions");
        var indicators = await VersionAsync("indicateurs");
        var supports = await VersionAsync("soutiens");
        Host.Clock.Advance(TimeSpan.FromDays(1));

        await ChangeAsync(async db =>
        {
            var roadmap = await db.Roadmaps.Include(r => r.Axes).SingleAsync(r => r.Id == _roadmap.Id);
            var action = await db.Actions.SingleAsync(a => a.Id == _action.Id);
            action.Edit(roadmap, Drafts.For(roadmap.Axes[0], "Ouvrir des lieux de médiation") with { OrganisationId = _carrier.Id }, action.ProposerId!.Value, Host.Clock.GetUtcNow());
        });

        Assert.NotEqual(actions, await VersionAsync("actions"));
        Assert.NotEqual(indicators, await VersionAsync("indicateurs"));
        Assert.NotEqual(supports, await VersionAsync("soutiens"));
    }

    [Fact]
    public async Task RenamingAnAxisOrTheCarryingOrganisationChangesTheActionsVersion()
    {
        var first = await VersionAsync("actions");

        await ChangeAsync(async db =>
        {
            var roadmap = await db.Roadmaps.Include(r => r.Axes).SingleAsync(r => r.Id == _roadmap.Id);
            var axis = roadmap.Axes[0];
            roadmap.EditAxis(axis.Id, "Inclusion et médiation numériques", axis.Description, [.. axis.Objectives.Select(o => o.Text)]);
        });
        var second = await VersionAsync("actions");
        await ChangeAsync(async db => (await db.Organisations.SingleAsync(o => o.Id == _carrier.Id)).Rename("Ville de La Flèche"));
        var third = await VersionAsync("actions");

        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
    }

    private async Task ChangeAsync(Func<RoadmapDbContext, Task> change) => await Host.WithDbAsync(async db =>
    {
        await change(db);
        return await db.SaveChangesAsync();
    });

    private async Task<DatasetVersion> VersionAsync(string dataset) => (await Host.SendAsync(new OpenDataset(_roadmap.Slug, dataset))).Version;

    private async Task<List<DatasetVersion>> VersionsAsync()
    {
        var versions = new List<DatasetVersion>();
        foreach (var dataset in Datasets)
        {
            versions.Add(await VersionAsync(dataset));
        }

        return versions;
    }
}
