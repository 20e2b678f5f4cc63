using System.Net;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>/feuilles-de-route/{slug}/ateliers/nouveau, posted as a browser without JavaScript would.</summary>
public sealed class CreateWorkshopPageTests(ManageWebApp app) : IClassFixture<ManageWebApp>
{
    [Theory]
    [InlineData(DemoFacts.Facilitator)]
    [InlineData(DemoFacts.Administrator)]
    public async Task StaffCreateAWorkshopAndLandOnItsPageWithTheJoinCode(string email)
    {
        var client = await app.SignedInAsync(email);

        var response = await WorkshopSteps.CreateAsync(client, $"Atelier programmé par {email}");

        var id = WorkshopSteps.WorkshopId(AccountTestSteps.Location(response));
        var page = await FormPost.GetPageAsync(client, AccountTestSteps.Location(response));
        var code = (await app.WorkshopAsync(id)).JoinCode;
        Assert.Contains(code, AccountTestSteps.Text(page, "[role=status]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("citoyen@demo.roadmap.local")]
    [InlineData("acteur@demo.roadmap.local")]
    [InlineData("elu@demo.roadmap.local")]
    public async Task OthersAreToldOnlyFacilitatorsScheduleWorkshops(string email)
    {
        var page = await FormPost.GetPageAsync(await app.SignedInAsync(email), WorkshopSteps.NewPath);

        Assert.Contains("Seule l'équipe d'animation", AccountTestSteps.Text(page, "[role=status]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.workshop-form"));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await app.Anonymous().GetAsync(WorkshopSteps.NewPath);

        Assert.StartsWith("/compte/connexion", AccountTestSteps.Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCreatedWorkshopIsListedOnTheRoadmapPage()
    {
        var location = AccountTestSteps.Location(await WorkshopSteps.CreateAsync(await app.SignedInAsync(DemoFacts.Facilitator), "Atelier tiers-lieux"));

        var roadmap = await FormPost.GetPageAsync(app.Anonymous(), $"/feuilles-de-route/{DemoFacts.Sarthe}");

        var link = roadmap.QuerySelector($"section.workshops a[href='/ateliers/{WorkshopSteps.WorkshopId(location)}']");
        Assert.Equal("Atelier tiers-lieux", link?.TextContent.Trim());
    }

    [Fact]
    public async Task TheStartIsReadAsParisTime()
    {
        var location = AccountTestSteps.Location(await WorkshopSteps.CreateAsync(await app.SignedInAsync(DemoFacts.Facilitator), "Atelier à l'heure"));

        var workshop = await app.WorkshopAsync(WorkshopSteps.WorkshopId(location));

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.Equal(WorkshopSteps.Day.ToDateTime(new TimeOnly(18, 30)), TimeZoneInfo.ConvertTime(workshop.StartsAt, paris).DateTime);
    }

    [Fact]
    public async Task ASecondPostOfTheSameFormCreatesNoSecondWorkshop()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var form = await FormPost.GetPageAsync(client, WorkshopSteps.NewPath);
        var values = PageForm.Values(form, WorkshopSteps.FormName, WorkshopSteps.ValidFields("Atelier cliqué deux fois"));

        var first = await PageForm.PostAsync(client, WorkshopSteps.NewPath, values);
        var second = await PageForm.PostAsync(client, WorkshopSteps.NewPath, values);

        Assert.Equal(AccountTestSteps.Location(first), AccountTestSteps.Location(second));
        Assert.Equal(1, await app.CountWorkshopsAsync("Atelier cliqué deux fois"));
    }

    [Theory]
    [InlineData("", "Donnez un titre à l'atelier.")]
    [InlineData("x", "Le titre ne doit pas dépasser 160 caractères.")]
    public async Task ATitleErrorIsShownNextToItsField(string title, string message)
    {
        var response = await WorkshopSteps.CreateAsync(await app.SignedInAsync(DemoFacts.Facilitator), title == "x" ? new string('x', 161) : title);

        var page = await FormPost.ReadAsync(response);
        Assert.Equal(message, AccountTestSteps.Text(page, "#titre-erreur"));
        Assert.Contains("titre-erreur", page.QuerySelector("#titre")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableDateIsShownNextToItsField()
    {
        var response = await WorkshopSteps.CreateAsync(
            await app.SignedInAsync(DemoFacts.Facilitator), "Atelier mal daté", new Dictionary<string, string> { ["Input.Date"] = "31/02/2026" });

        var page = await FormPost.ReadAsync(response);
        Assert.Equal("La date doit être au format jj/mm/aaaa (exemple : 12/05/2026).", AccountTestSteps.Text(page, "#date-erreur"));
    }

    [Fact]
    public async Task APastDateIsRefusedWithAFrenchMessage()
    {
        var response = await WorkshopSteps.CreateAsync(
            await app.SignedInAsync(DemoFacts.Facilitator), "Atelier d'hier", new Dictionary<string, string> { ["Input.Date"] = "2020-01-15" });

        Assert.Contains("La date de l'atelier est déjà passée.", AccountTestSteps.Text(await FormPost.ReadAsync(response), "[role=status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingVisioLinkIsRefusedNextToItsField()
    {
        var response = await WorkshopSteps.CreateAsync(
            await app.SignedInAsync(DemoFacts.Facilitator), "Atelier sans lien", new Dictionary<string, string> { ["Input.VisioLink"] = "" });

        Assert.Equal("Indiquez le lien de la visioconférence.", AccountTestSteps.Text(await FormPost.ReadAsync(response), "#visio-erreur"));
    }
}
