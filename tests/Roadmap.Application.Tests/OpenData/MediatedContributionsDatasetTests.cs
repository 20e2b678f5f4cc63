using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Mediation.WithdrawContribution;
using Roadmap.Application.OpenData;
using Roadmap.Application.OpenData.ListDatasets;
using Roadmap.Application.OpenData.OpenDataset;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Mediation;

namespace Roadmap.Application.Tests.OpenData;

/// <summary>The « contributions-recueillies » dataset: each kind with who collected it and where, never who said it.</summary>
public sealed class MediatedContributionsDatasetTests : ApplicationTest
{
    private const string Name = "contributions-recueillies";

    [Fact]
    public async Task EachKindIsPublishedWithTheCollectingOrganisationTheCommuneAndTheAgeBracket()
    {
        var scene = await MediationScene.CreateAsync(Host);
        await Host.SendAsync(scene.Support());
        await Host.SendAsync(scene.Comment("Des permanences le samedi."));
        await Host.SendAsync(scene.Idea("Un bus numérique"));

        var rows = await RowsAsync(scene);

        var action = (Id: scene.ActionId.ToString(), scene.Roadmap.Action.Title);
        Assert.Equal(["soutien", "commentaire", "idée"], rows.Select(r => r["type"]));
        Assert.Equal([action, action, ("", "")], rows.Select(r => (r["action_id"], r["action"])));
        Assert.All(rows, r => Assert.Equal((scene.FranceServices.Id.ToString(), scene.FranceServices.Name), (r["organisation_id"], r["organisation"])));
        Assert.Equal([("La Flèche", "72154"), ("La Flèche", "72154"), ("Sablé-sur-Sarthe", "72264")], rows.Select(r => (r["commune"], r["code_insee"])));
        Assert.Equal(["60 à 74 ans", "", "75 ans et plus"], rows.Select(r => r["tranche_age"]));
        Assert.Equal([("", ""), ("", "Des permanences le samedi."), ("Un bus numérique", "Qui passe une fois par mois.")], rows.Select(r => (r["titre"], r["texte"])));
    }

    [Fact]
    public async Task NeitherTheResidentsNameNorTheMediatorIsPublished()
    {
        var scene = await MediationScene.CreateAsync(Host);
        await Host.SendAsync(scene.Support(firstName: "Zéphyrine", initial: "Q"));
        await Host.SendAsync(scene.Comment(firstName: "Zéphyrine"));

        var fields = (await Host.SendAsync(new OpenDataset(scene.Roadmap.Roadmap.Slug, Name))).Definition.Fields.Select(f => f.Name);
        var cells = (await RowsAsync(scene)).SelectMany(r => r.Values).ToList();

        Assert.DoesNotContain(fields, f => f.Contains("prenom") || f.Contains("initiale") || f.Contains("mediat"));
        Assert.Equal(2, cells.Count(c => c == "La Flèche"));
        Assert.DoesNotContain(cells, c => c.Contains("Zéphyrine") || c is "Q" or "D" || c.Contains("Mélanie") || c == scene.MediatorId.ToString());
    }

    [Fact]
    public async Task ContributionsOnAHiddenActionAreLeftOutAndIdeasStay()
    {
        var scene = await MediationScene.CreateAsync(Host);
        await Host.SendAsync(scene.Support());
        await Host.SendAsync(scene.Comment());
        await Host.SendAsync(scene.Idea());

        await Host.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == scene.ActionId)).Hide("Hors sujet", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(["idée"], (await RowsAsync(scene)).Select(r => r["type"]));
        Assert.Equal(1, (await Host.SendAsync(new ListDatasets(scene.Roadmap.Roadmap.Slug))).Datasets.Single(d => d.Name == Name).Rows);
    }

    [Fact]
    public async Task SupportsAreLeftOutWhileTheRoadmapHidesItsCounts()
    {
        var scene = await MediationScene.CreateAsync(Host, VotingRules.Open with { CountsShownDuringPhase = false });
        await Host.SendAsync(scene.Support());
        await Host.SendAsync(scene.Comment());

        Assert.Equal(["commentaire"], (await RowsAsync(scene)).Select(r => r["type"]));
        Assert.Equal(1, (await VersionAsync(scene)).Rows);
    }

    [Fact]
    public async Task RecordingAndWithdrawingChangeTheVersion()
    {
        var scene = await MediationScene.CreateAsync(Host);
        var empty = await VersionAsync(scene);
        var recorded = await Host.SendAsync(scene.Support());
        var one = await VersionAsync(scene);
        await Host.SendAsync(new WithdrawContribution(recorded.Id));
        var withdrawn = await VersionAsync(scene);

        Assert.Equal((0, 1, 0), (empty.Rows, one.Rows, withdrawn.Rows));
        Assert.NotEqual(empty, one);
        Assert.NotEqual(one, withdrawn);
    }

    private async Task<DatasetVersion> VersionAsync(MediationScene scene) => (await Host.SendAsync(new OpenDataset(scene.Roadmap.Roadmap.Slug, Name))).Version;

    private Task<List<Dictionary<string, string>>> RowsAsync(MediationScene scene) => DatasetRows.ReadAsync(Host, scene.Roadmap.Roadmap.Slug, Name);
}
