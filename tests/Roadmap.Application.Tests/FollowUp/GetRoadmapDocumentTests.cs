using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.FollowUp.GetRoadmapDocument;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class GetRoadmapDocumentTests : ApplicationTest
{
    private const string Slug = "document";
    private readonly RoadmapBuilder _builder = new RoadmapBuilder().WithSlug(Slug);
    private TerritorialRoadmap _roadmap = default!;
    private Guid _proposer;
    private int _proposed;

    protected override async Task ArrangeAsync()
    {
        _roadmap = _builder.Build();
        _proposer = await Host.NewUserAsync("Porteuse");
    }

    [Fact]
    public async Task ListsOnlyRetainedInProgressAndDoneActionsThatAreNotHidden()
    {
        var retained = Retained("Retenue");
        var inProgress = Retained("En cours");
        inProgress.ReportProgress(_proposer, 40, "Lancée", RoadmapBuilder.Now);
        var done = Retained("Réalisée");
        done.ReportProgress(_proposer, 100, "Terminée", RoadmapBuilder.Now);
        var hidden = Retained("Masquée");
        hidden.Hide("Hors sujet", RoadmapBuilder.Now);
        var rejected = Action("Non retenue");
        rejected.Reject(_proposer, "Non", RoadmapBuilder.Now);
        await SaveAsync(retained, inProgress, done, hidden, rejected, Action("Proposée"));

        var document = await Host.SendAsync(new GetRoadmapDocument(Slug));

        Assert.Equal(["Retenue", "En cours", "Réalisée"], document.Axes[0].Actions.Select(a => a.Title));
        Assert.Equal(["1.1", "1.2", "1.3"], document.Axes[0].Actions.Select(a => a.Number));
        Assert.Equal([ActionStatus.Retained, ActionStatus.InProgress, ActionStatus.Done], document.Axes[0].Actions.Select(a => a.Status));
    }

    [Fact]
    public async Task GivesTheAxesInOrderWithTheirObjectivesAndTheAdoptionDay()
    {
        await SaveAsync();

        var document = await Host.SendAsync(new GetRoadmapDocument(Slug));

        Assert.Equal(["Inclusion numérique", "Services numériques"], document.Axes.Select(a => a.Title));
        Assert.Equal([1, 2], document.Axes.Select(a => a.Number));
        Assert.Equal(["Former 2 000 personnes par an"], document.Axes[0].Objectives);
        Assert.Equal("Feuille de route adoptée le 2 juillet 2026", DocumentText.Standing(document));
        Assert.Equal("Département de la Sarthe", document.OwnerName);
        Assert.All(document.Axes, a => Assert.Empty(a.Actions));
    }

    [Fact]
    public async Task AnActionCarriesItsIndicatorsBudgetOrganisationsAndPilots()
    {
        var commune = Organisation.Create("Commune de Mamers", OrganisationKind.Commune, "72180");
        var association = Organisation.Create("Les Petits Débrouillards", OrganisationKind.Association);
        var action = Retained("Conseillers", draft => draft with { OrganisationId = association.Id, PartnerIds = [commune.Id], TerritoryIds = [commune.Id] });
        action.Indicators[0].ShowLatest(800, new DateOnly(2026, 6, 30));
        action.SetBudgetYears([new ActionBudgetYear(2027, 50_000, 10_000), new ActionBudgetYear(2026, 30_000, 25_000)], RoadmapBuilder.Now);
        var pilot = await Host.NewUserAsync("Zoé Pilote");
        var other = await Host.NewUserAsync("Albert Pilote");
        await SaveAsync(commune, association, action,
            ActionPilot.Name(action.Id, pilot, _proposer, RoadmapBuilder.Now), ActionPilot.Name(action.Id, other, _proposer, RoadmapBuilder.Now));

        var found = (await Host.SendAsync(new GetRoadmapDocument(Slug))).Axes[0].Actions.Single();

        Assert.Equal("Les Petits Débrouillards", found.Organisation);
        Assert.Equal(["Commune de Mamers"], found.Partners);
        Assert.Equal(["Commune de Mamers"], found.Territories);
        Assert.Equal(["Albert Pilote", "Zoé Pilote"], found.Pilots);
        var indicator = Assert.Single(found.Indicators);
        Assert.Equal(["Personnes accompagnées", "0 personnes", "800 personnes (30 juin 2026)", "2\u202F000 personnes", "31 décembre 2027"], DocumentText.IndicatorRow(indicator));
        Assert.Equal(120_000m, found.EstimatedBudget);
        Assert.Equal([2026, 2027], found.BudgetYears.Select(y => y.Year));
        Assert.Equal(["2026", FrenchFormat.Euros(30_000), FrenchFormat.Euros(25_000)], DocumentText.BudgetRow(found.BudgetYears[0]));
    }

    [Fact]
    public async Task RendersMarkdownToSafeHtmlForThePrintPage()
    {
        await SaveAsync(Retained("Avec script", draft => draft with { Description = "**Gras** <script>alert(1)</script>" }));

        var action = (await Host.SendAsync(new GetRoadmapDocument(Slug))).Axes[0].Actions.Single();

        Assert.Contains("<strong>Gras</strong>", action.DescriptionHtml);
        Assert.DoesNotContain("<script", action.DescriptionHtml);
        Assert.Equal("**Gras** <script>alert(1)</script>", action.Description);
    }

    [Fact]
    public async Task ExportReadsTheSameDocumentWithoutRenderingHtml()
    {
        await SaveAsync(Retained("Exportée"));

        var file = await Host.SendAsync(new ExportRoadmapDocument(Slug));
        using var output = new MemoryStream();
        await file.WriteToAsync(output, CancellationToken.None);

        Assert.Equal("feuille-de-route-document.docx", file.FileName);
        Assert.Equal("PK"u8.ToArray(), output.ToArray()[..2]);
    }

    [Fact]
    public async Task AnUnknownRoadmapIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetRoadmapDocument("inconnue")));
    }

    [Fact]
    public async Task BeforeAdoptionTheDocumentSaysWhichPhaseTheRoadmapIsIn()
    {
        var roadmap = new RoadmapBuilder().WithSlug("projet").InPhase(RoadmapPhase.Ateliers);
        await Host.SaveAsync(roadmap.Owner, roadmap.Build());

        var document = await Host.SendAsync(new GetRoadmapDocument("projet"));

        Assert.Equal("Projet de feuille de route — phase en cours : Ateliers", DocumentText.Standing(document));
    }

    private RoadmapAction Action(string title, Func<ActionDraft, ActionDraft>? change = null) =>
        RoadmapAction.Propose(_roadmap, (change ?? (d => d))(Drafts.For(_roadmap.Axes[0], title)), _proposer, RoadmapBuilder.Now.AddMinutes(_proposed++));

    private RoadmapAction Retained(string title, Func<ActionDraft, ActionDraft>? change = null)
    {
        var action = Action(title, change);
        action.Retain(_proposer, "Retenue en arbitrage", RoadmapBuilder.Now);
        return action;
    }

    /// <summary>Adopts the roadmap (on 2 July 2026) once its actions are proposed, then saves everything.</summary>
    private async Task SaveAsync(params object[] entities)
    {
        _roadmap.AdvanceTo(RoadmapPhase.Adoptee);
        _roadmap.Schedule(RoadmapPhase.Adoptee, new DateOnly(2026, 7, 2), null);
        await Host.SaveAsync([_builder.Owner, _roadmap, .. entities]);
    }
}
