using System.Net;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>/ateliers/{id}/compte-rendu: the facilitators complete the minutes, then publish them.</summary>
public sealed class MinutesPageTests(ManageWebApp app) : IClassFixture<ManageWebApp>
{
    private const string Markdown = "# Bilan de l'atelier\n\n- Une idée **forte** : des ateliers mobiles\n- 12 participant·es";

    [Fact]
    public async Task SavingShowsAConfirmationAndKeepsTheText()
    {
        var id = await app.ScheduleAsync("Atelier terminé", closed: true);
        var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var response = await SendAsync(client, id, "enregistrer");

        var page = await FormPost.GetPageAsync(client, AccountTestSteps.Location(response));
        Assert.Equal("Le compte rendu est enregistré. Il n'est pas encore publié.", AccountTestSteps.Text(page, "[role=status]"));
        Assert.Equal(Markdown, page.QuerySelector("#compte-rendu")!.TextContent);
    }

    [Fact]
    public async Task PublishedMinutesAppearOnTheWorkshopPage()
    {
        var id = await app.ScheduleAsync("Atelier publié", closed: true);

        await SendAsync(await app.SignedInAsync(DemoFacts.Facilitator), id, "publier");

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/ateliers/{id}");
        Assert.Equal("forte", AccountTestSteps.Text(page, ".minutes strong"));
    }

    [Fact]
    public async Task TheDownloadOfPublishedMinutesIsTheirMarkdown()
    {
        var id = await app.ScheduleAsync("Atelier téléchargé", closed: true);
        await SendAsync(await app.SignedInAsync(DemoFacts.Facilitator), id, "publier");

        var response = await app.Anonymous().GetAsync($"/ateliers/{id}/compte-rendu.md");

        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(Markdown, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnpublishedMinutesAreNotFoundForOthers()
    {
        var id = await app.ScheduleAsync("Atelier en rédaction", closed: true);
        await SendAsync(await app.SignedInAsync(DemoFacts.Facilitator), id, "enregistrer");

        var response = await (await app.SignedInAsync(DemoFacts.Citizen)).GetAsync($"/ateliers/{id}/compte-rendu.md");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheMinutesOfAScheduledWorkshopCannotBeWrittenYet()
    {
        var id = await app.ScheduleAsync("Atelier à venir");

        var page = await FormPost.GetPageAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{id}/compte-rendu");

        Assert.Equal("Le compte rendu s'écrit une fois l'atelier terminé.", AccountTestSteps.Text(page, "[role=status]"));
    }

    [Fact]
    public async Task EmptyMinutesAreRefusedNextToTheField()
    {
        var id = await app.ScheduleAsync("Atelier sans compte rendu", closed: true);

        var response = await FormPost.SubmitAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{id}/compte-rendu", "compte-rendu",
            new Dictionary<string, string> { ["Minutes"] = "", ["Command"] = "enregistrer" });

        Assert.Equal("Le compte rendu ne peut pas être vide.", AccountTestSteps.Text(await FormPost.ReadAsync(response), "#compte-rendu-erreur"));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Guid id, string command) =>
        FormPost.SubmitAsync(client, $"/ateliers/{id}/compte-rendu", "compte-rendu", new Dictionary<string, string> { ["Minutes"] = Markdown, ["Command"] = command });
}
