using System.Net;
using System.Text.RegularExpressions;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

/// <summary>The proposal, edit and review forms, posted as a browser without JavaScript would.</summary>
public sealed partial class ActionPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private const string ProposePath = $"/feuilles-de-route/{DemoFacts.Sarthe}/proposer";

    [Fact]
    public async Task AnElectedOfficialProposesAndLandsOnTheNewActionPage()
    {
        var client = await SignedInAsync("elu@demo.roadmap.local");

        var response = await ProposeAsync(client, "Numériser les registres d'état civil");

        var location = AccountTestSteps.Location(response);
        Assert.Matches(ActionPath(), location);
        var page = await FormPost.GetPageAsync(client, location);
        Assert.Equal("Numériser les registres d'état civil", AccountTestSteps.Text(page, "h1"));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignIn()
    {
        var response = await app.Anonymous().GetAsync(ProposePath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/compte/connexion", AccountTestSteps.Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormExplainsThatProposalsAreClosedOutsideConcertation()
    {
        var client = await SignedInAsync("elu@demo.roadmap.local");

        var page = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{DemoFacts.Herault}/proposer");

        Assert.Contains("Les propositions sont fermées", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.action-form"));
    }

    [Fact]
    public async Task CitizensAreToldWhoMayPropose()
    {
        var client = await SignedInAsync("citoyen@demo.roadmap.local");

        var page = await FormPost.GetPageAsync(client, ProposePath);

        Assert.Contains("Seuls les acteurs du territoire, les élu·es", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.action-form"));
    }

    [Fact]
    public async Task OnlyTheProposerSeesTheEditLink()
    {
        var actionPath = AccountTestSteps.Location(await ProposeAsync(await SignedInAsync("acteur@demo.roadmap.local"), "Mon action"));

        var asOther = await FormPost.GetPageAsync(await SignedInAsync("elu@demo.roadmap.local"), actionPath);

        Assert.Null(asOther.QuerySelector($"a[href='{actionPath}/modifier']"));
    }

    [Fact]
    public async Task AMissingTitleIsShownNextToItsField()
    {
        var client = await SignedInAsync("acteur@demo.roadmap.local");

        var response = await ProposeAsync(client, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Equal("Donnez un titre à l'action.", AccountTestSteps.Text(page, "#titre-erreur"));
        Assert.Contains("titre-erreur", page.QuerySelector("#titre")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnIndicatorRowShowsTheFormAgainWithoutSaving()
    {
        var client = await SignedInAsync("acteur@demo.roadmap.local");

        var response = await ProposeAsync(client, "Pas encore", new Dictionary<string, string> { ["Input.Command"] = "ajouter-indicateur" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Equal(2, page.QuerySelectorAll("input[name$='].Name']").Length);
    }

    [Fact]
    public async Task PreviewShowsTheSanitisedDescription()
    {
        var client = await SignedInAsync("acteur@demo.roadmap.local");

        var response = await ProposeAsync(client, "Aperçu", new Dictionary<string, string>
        {
            ["Input.Command"] = "previsualiser",
            ["Input.Description"] = "**Important** <script>alert(1)</script>",
        });

        var page = await FormPost.ReadAsync(response);
        Assert.Equal("Important", AccountTestSteps.Text(page, ".preview strong"));
        Assert.Null(page.QuerySelector(".preview script"));
    }

    [Fact]
    public async Task TheRoadmapPageLinksToTheProposalForm()
    {
        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/feuilles-de-route/{DemoFacts.Sarthe}");

        Assert.Equal("Proposer une action", AccountTestSteps.Text(page, $"a[href='{ProposePath}']"));
    }

    [Fact]
    public async Task TheProposerEditsTheirActionThroughTheEditPage()
    {
        var client = await SignedInAsync("acteur@demo.roadmap.local");
        var actionPath = AccountTestSteps.Location(await ProposeAsync(client, "Premier titre"));

        var response = await BrowserForm.SubmitAsync(client, $"{actionPath}/modifier", "modifier-action", new Dictionary<string, string>
        {
            ["Input.Title"] = "Titre retravaillé",
            ["Input.Command"] = "enregistrer",
        });

        Assert.Equal(actionPath, AccountTestSteps.Location(response));
        Assert.Equal("Titre retravaillé", AccountTestSteps.Text(await FormPost.GetPageAsync(client, actionPath), "h1"));
    }

    [Fact]
    public async Task AFacilitatorRetainsAnActionFromItsPage()
    {
        var actionPath = AccountTestSteps.Location(await ProposeAsync(await SignedInAsync("acteur@demo.roadmap.local"), "À examiner"));
        var facilitator = await SignedInAsync("animateur@demo.roadmap.local");

        var response = await BrowserForm.SubmitAsync(facilitator, actionPath, "examen-action", new Dictionary<string, string>
        {
            ["Review.Status"] = "Retained",
            ["Review.Reason"] = "Cohérente avec le schéma départemental",
        });

        Assert.Equal(actionPath, AccountTestSteps.Location(response));
        var history = AccountTestSteps.Text(await FormPost.GetPageAsync(facilitator, actionPath), ".history");
        Assert.Contains("Cohérente avec le schéma départemental", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProposerWithdrawsFromTheActionPage()
    {
        var client = await SignedInAsync("acteur@demo.roadmap.local");
        var actionPath = AccountTestSteps.Location(await ProposeAsync(client, "À retirer"));

        await FormPost.SubmitAsync(client, actionPath, "retirer-action", new Dictionary<string, string> { ["Confirmation"] = "oui" });

        var page = await FormPost.GetPageAsync(client, actionPath);
        Assert.Contains("Retirée", AccountTestSteps.Text(page, ".history"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Anonymous();
        var response = await AccountTestSteps.SignInAsync(client, email, Support.RoadmapWebFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Fills the proposal form with a valid action, then <paramref name="overrides"/>, and presses « Proposer l'action ».</summary>
    private static async Task<HttpResponseMessage> ProposeAsync(
        HttpClient client, string title, Dictionary<string, string>? overrides = null)
    {
        var form = await FormPost.GetPageAsync(client, ProposePath);
        var fields = new Dictionary<string, string>
        {
            ["Input.AxisId"] = form.QuerySelector("#axe option[value]:not([value=''])")!.GetAttribute("value")!,
            ["Input.Title"] = title,
            ["Input.Summary"] = "Une action proposée pendant la concertation.",
            ["Input.Indicators[0].Name"] = "Communes concernées",
            ["Input.Indicators[0].Unit"] = "communes",
            ["Input.Indicators[0].Target"] = "1 250,5",
            ["Input.EstimatedBudget"] = "45 000",
            ["Input.Command"] = "enregistrer",
        };
        foreach (var (name, value) in overrides ?? [])
        {
            fields[name] = value;
        }

        return await BrowserForm.SubmitAsync(client, ProposePath, "proposer", fields);
    }

    [GeneratedRegex($"^/feuilles-de-route/{DemoFacts.Sarthe}/actions/[0-9a-f-]{{36}}$")]
    private static partial Regex ActionPath();
}
