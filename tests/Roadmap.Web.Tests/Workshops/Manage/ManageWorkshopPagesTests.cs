using System.Net;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>The workshop page and its edit and cancel forms.</summary>
public sealed class ManageWorkshopPagesTests(ManageWebApp app) : IClassFixture<ManageWebApp>
{
    [Fact]
    public async Task TheFacilitatorEditsTheWorkshop()
    {
        var id = await app.ScheduleAsync("Premier titre");
        var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var response = await PageForm.SubmitAsync(client, $"/ateliers/{id}/modifier", "modifier-atelier", new Dictionary<string, string>
        {
            ["Input.Title"] = "Titre retravaillé",
            ["Input.Command"] = "enregistrer",
        });

        Assert.Equal($"/ateliers/{id}?statut=modifie", AccountTestSteps.Location(response));
        Assert.Equal("Titre retravaillé", AccountTestSteps.Text(await FormPost.GetPageAsync(client, $"/ateliers/{id}"), "h1"));
    }

    [Fact]
    public async Task TheJoinLinkIgnoresAForgedHostHeader()
    {
        var id = await app.ScheduleAsync("Atelier à partager");
        var code = (await app.WorkshopAsync(id)).JoinCode;
        var forged = await ForgedHost.SignedInAsync(app.App, DemoFacts.Facilitator);

        var page = await FormPost.GetPageAsync(forged, $"/ateliers/{id}?statut=programme");

        Assert.Contains($"{RoadmapWebFactory.PublicUrl}/rejoindre/{code}", AccountTestSteps.Text(page, "[role=status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingKeepsTheAgendaAndTheTimeAsTheyWere()
    {
        var id = await app.ScheduleAsync("Atelier inchangé");
        var before = await app.WorkshopAsync(id);

        await PageForm.SubmitAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{id}/modifier", "modifier-atelier",
            new Dictionary<string, string> { ["Input.Command"] = "enregistrer" });

        var after = await app.WorkshopAsync(id);
        Assert.Equal(Truncated(before.StartsAt), after.StartsAt);
        Assert.Equal(before.Agenda.Single().Topic, after.Agenda.Single().Topic);
        Assert.Equal(before.Mode, after.Mode);
        Assert.Equal(before.Address, after.Address);
    }

    [Fact]
    public async Task ACitizenIsToldOnlyTheFacilitatorsMayEdit()
    {
        var id = await app.ScheduleAsync("Atelier d'autrui");

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoFacts.Citizen), $"/ateliers/{id}/modifier");

        Assert.Contains("Seule l'animation de cet atelier", AccountTestSteps.Text(page, "[role=status]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.workshop-form"));
    }

    [Fact]
    public async Task CancellingWithAReasonShowsTheStatusAndTheReason()
    {
        var id = await app.ScheduleAsync("Atelier à annuler");
        var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var response = await FormPost.SubmitAsync(client, $"/ateliers/{id}/annuler", "annuler-atelier",
            new Dictionary<string, string> { ["Reason"] = "Salle indisponible ce jour-là" });

        var page = await FormPost.GetPageAsync(app.Anonymous(), AccountTestSteps.Location(response));
        Assert.Equal("Annulé", AccountTestSteps.Text(page, "h1 + p .badge"));
        Assert.Contains("Salle indisponible ce jour-là", AccountTestSteps.Text(page, ".notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingWithoutAReasonIsRefusedNextToTheField()
    {
        var id = await app.ScheduleAsync("Atelier maintenu");

        var response = await FormPost.SubmitAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{id}/annuler", "annuler-atelier",
            new Dictionary<string, string> { ["Reason"] = "" });

        Assert.Equal("Indiquez le motif de l'annulation.", AccountTestSteps.Text(await FormPost.ReadAsync(response), "#motif-erreur"));
        Assert.Equal(WorkshopStatus.Scheduled, (await app.WorkshopAsync(id)).Status);
    }

    [Fact]
    public async Task TheFacilitatorSeesTheJoinCodeAndTheirTools()
    {
        var id = await app.ScheduleAsync("Atelier animé");

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{id}");

        Assert.Equal((await app.WorkshopAsync(id)).JoinCode, AccountTestSteps.Text(page, ".join-code"));
        Assert.NotNull(page.QuerySelector($"a[href='/ateliers/{id}/animation']"));
    }

    [Fact]
    public async Task VisitorsSeeNeitherTheCodeNorTheVisioLink()
    {
        var id = await app.ScheduleAsync("Atelier public");

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/ateliers/{id}");

        Assert.Null(page.QuerySelector(".join-code"));
        Assert.Null(page.QuerySelector("a[href='https://visio.example.fr/atelier']"));
    }

    [Fact]
    public async Task TheAgendaIsListedInOrder()
    {
        var id = await app.ScheduleAsync("Atelier avec ordre du jour");

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/ateliers/{id}");

        Assert.Contains("Tour de table", AccountTestSteps.Text(page, "ol.workshop-agenda li"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownWorkshopIsNotFound()
    {
        var response = await app.Anonymous().GetAsync($"/ateliers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The form shows minutes, not seconds.</summary>
    private static DateTimeOffset Truncated(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), at.Offset);
}
