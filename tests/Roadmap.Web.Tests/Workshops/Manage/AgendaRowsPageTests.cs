using System.Net;
using AngleSharp.Html.Dom;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>The agenda of the create form is built with submit buttons: each press shows the form again, nothing is saved.</summary>
public sealed class AgendaRowsPageTests(ManageWebApp app) : IClassFixture<ManageWebApp>
{
    [Fact]
    public async Task AddingAFreeTopicShowsItsRowWithoutSaving()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var page = await PressAsync(client, await FormPost.GetPageAsync(client, WorkshopSteps.NewPath), "ajouter-sujet", "Pas encore enregistré");

        Assert.Equal(["Input.Agenda[0].Topic"], page.QuerySelectorAll("input[name^='Input.Agenda']:not([type=hidden])").Select(i => i.GetAttribute("name")));
        Assert.Equal(0, await app.CountWorkshopsAsync("Pas encore enregistré"));
    }

    [Fact]
    public async Task AnAxisRowOffersTheRoadmapsAxes()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var page = await PressAsync(client, await FormPost.GetPageAsync(client, WorkshopSteps.NewPath), "ajouter-axe");

        Assert.NotEmpty(page.QuerySelectorAll("#point-1-axe option[value]:not([value=''])"));
    }

    [Fact]
    public async Task RemovingARowKeepsTheOthers()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var page = await TwoTopicsAsync(client);

        page = await PressAsync(client, page, "retirer-point-0", changes: SecondTopic);

        Assert.Equal(["Second"], Topics(page));
    }

    [Fact]
    public async Task MovingARowDownSwapsItWithTheNext()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var page = await TwoTopicsAsync(client);

        page = await PressAsync(client, page, "descendre-point-0", changes: SecondTopic);

        Assert.Equal(["Second", "Premier"], Topics(page));
    }

    [Fact]
    public async Task TheAgendaIsSavedInItsOrder()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var page = await TwoTopicsAsync(client);

        var response = await PageForm.PostAsync(client, WorkshopSteps.NewPath, PageForm.Values(page, WorkshopSteps.FormName, WorkshopSteps.ValidFields("Atelier à deux points", SecondTopic)));

        var workshop = await app.WorkshopAsync(WorkshopSteps.WorkshopId(AccountTestSteps.Location(response)));
        Assert.Equal(["Premier", "Second"], workshop.Agenda.OrderBy(i => i.Position).Select(i => i.Topic));
    }

    [Fact]
    public async Task AnEmptyActionsRowGetsItsMessageNextToIt()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var page = await PressAsync(client, await FormPost.GetPageAsync(client, WorkshopSteps.NewPath), "ajouter-actions");

        var response = await PageForm.PostAsync(client, WorkshopSteps.NewPath, PageForm.Values(page, WorkshopSteps.FormName,
            WorkshopSteps.ValidFields("Atelier sans actions", new Dictionary<string, string> { ["Input.Agenda[0].Topic"] = "Les actions phares" })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Choisissez de 1 à {AgendaItem.MaxActions} actions pour ce point.", AccountTestSteps.Text(await FormPost.ReadAsync(response), "#point-1-actions-erreur"));
    }

    /// <summary>What the visitor types in the second row before pressing the next button.</summary>
    private static readonly Dictionary<string, string> SecondTopic = new() { ["Input.Agenda[1].Topic"] = "Second" };

    /// <summary>The form with two free topics: « Premier » typed in, the second row still blank.</summary>
    private static async Task<IHtmlDocument> TwoTopicsAsync(HttpClient client)
    {
        var page = await PressAsync(client, await FormPost.GetPageAsync(client, WorkshopSteps.NewPath), "ajouter-sujet");
        return await PressAsync(client, page, "ajouter-sujet", changes: new Dictionary<string, string> { ["Input.Agenda[0].Topic"] = "Premier" });
    }

    private static List<string?> Topics(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("input[name$='].Topic']").Select(i => i.GetAttribute("value"))];

    /// <summary>Presses an agenda button of the form in <paramref name="page"/> and returns the form shown again.</summary>
    private static async Task<IHtmlDocument> PressAsync(
        HttpClient client, IHtmlDocument page, string command, string title = "Atelier en préparation", Dictionary<string, string>? changes = null)
    {
        var fields = new Dictionary<string, string>(changes ?? []) { ["Input.Command"] = command, ["Input.Title"] = title };
        var response = await PageForm.PostAsync(client, WorkshopSteps.NewPath, PageForm.Values(page, WorkshopSteps.FormName, fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FormPost.ReadAsync(response);
    }
}
