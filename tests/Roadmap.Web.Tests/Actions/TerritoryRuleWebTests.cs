using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

/// <summary>The page and the API refuse an association as a territory alike: the rule is the domain's, not the form's.</summary>
public sealed class TerritoryRuleWebTests(WebApp app) : IClassFixture<WebApp>
{
    private const string NotATerritory = "Seule une collectivité (région, département, intercommunalité ou commune) peut être un territoire concerné.";
    private const string ProposePath = $"/feuilles-de-route/{DemoFacts.Sarthe}/proposer";

    [Fact]
    public async Task TheApiRefusesAnAssociationAsTerritory()
    {
        var client = await app.BearerAsync(DemoFacts.Actor);
        var body = new
        {
            SubmissionKey = Guid.NewGuid(),
            AxisId = await app.FirstAxisAsync(DemoFacts.Sarthe),
            Title = "Des bornes d'accès aux droits en mairie",
            Summary = "Un poste accompagné dans chaque mairie volontaire.",
            Indicators = new[] { new { Name = "Mairies équipées", Unit = "mairies", Target = 50m } },
            TerritoryIds = new[] { await AssociationAsync() },
        };

        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(NotATerritory, errors.GetProperty("territoryIds")[0].GetString());
    }

    [Fact]
    public async Task ThePageRefusesAnAssociationPostedAsTerritory()
    {
        var client = app.Anonymous();
        await AccountTestSteps.SignInAsync(client, DemoFacts.Actor, RoadmapWebFactory.DemoPassword);
        var form = await FormPost.GetPageAsync(client, ProposePath);
        var fields = new Dictionary<string, string>
        {
            ["Input.AxisId"] = form.QuerySelector("#axe option[value]:not([value=''])")!.GetAttribute("value")!,
            ["Input.Title"] = "Un territoire qui n'en est pas un",
            ["Input.Summary"] = "Une action proposée pendant la concertation.",
            ["Input.Indicators[0].Name"] = "Communes concernées",
            ["Input.Indicators[0].Unit"] = "communes",
            ["Input.Indicators[0].Target"] = "10",
            ["Input.Command"] = "enregistrer",
        };

        var response = await BrowserForm.SubmitAsync(client, ProposePath, "proposer", fields, [new("Input.TerritoryIds", (await AssociationAsync()).ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Equal(NotATerritory, AccountTestSteps.Text(page, "#territoire-erreur"));
    }

    private Task<Guid> AssociationAsync() => app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Association).Select(o => o.Id).FirstAsync());
}
