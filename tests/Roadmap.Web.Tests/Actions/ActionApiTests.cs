using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Application.Domain.Actions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

/// <summary>The actions API (<c>/api/v1/roadmaps/{slug}/actions</c>, <c>/api/v1/actions/{id}</c>) against the real app.</summary>
public sealed class ActionApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Actor = "acteur@demo.roadmap.local";
    private const string Citizen = "citoyen@demo.roadmap.local";
    private const string Facilitator = "animateur@demo.roadmap.local";

    [Fact]
    public async Task ProposingAnswersCreatedWithTheActionsAddress()
    {
        var client = await app.BearerAsync(Actor);

        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", await ProposalAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/actions/{id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheCreatedActionIsReadableAtItsAddress()
    {
        var client = await app.BearerAsync(Actor);
        var created = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", await ProposalAsync("Un tiers-lieu par canton"));

        var action = await app.Anonymous().GetFromJsonAsync<JsonElement>(created.Headers.Location);

        Assert.Equal("Un tiers-lieu par canton", action.GetProperty("title").GetString());
        Assert.Equal("Proposed", action.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnonymousProposalsAreUnauthorized()
    {
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", await ProposalAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CitizensProposalsAreForbidden()
    {
        var client = await app.BearerAsync(Citizen);

        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", await ProposalAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnEmptyTitleIsAProblemWithAFrenchFieldError()
    {
        var client = await app.BearerAsync(Actor);

        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", await ProposalAsync(title: ""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Donnez un titre à l'action.", errors.GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task AnIndicatorErrorNamesItsRow()
    {
        var client = await app.BearerAsync(Actor);
        var proposal = await ProposalAsync() with { Indicators = [new("", "personnes", null, 10m, null)] };

        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", proposal);

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("indicators[0].name", out _), errors.ToString());
    }

    [Fact]
    public async Task AnUnknownRoadmapIsNotFound()
    {
        var client = await app.BearerAsync(Actor);

        var response = await client.PostAsJsonAsync("/api/v1/roadmaps/nulle-part/actions", await ProposalAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ProposingOutsideConcertationIsAConflict()
    {
        var client = await app.BearerAsync(Actor);
        var proposal = await ProposalAsync() with { AxisId = await app.FirstAxisAsync(DemoFacts.Herault) };

        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Herault}/actions", proposal);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task TheSameSubmissionKeyReturnsTheSameAction()
    {
        var client = await app.BearerAsync(Actor);
        var proposal = await ProposalAsync();

        var first = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", proposal);
        var second = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", proposal);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
    }

    [Fact]
    public async Task AnUnknownActionIsNotFound()
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/actions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheProposerEditsTheirAction()
    {
        var client = await app.BearerAsync(Actor);
        var id = await ProposeAsync(client);

        var response = await client.PutAsJsonAsync($"/api/v1/actions/{id}", await ProposalAsync("Titre corrigé"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Titre corrigé", (await app.FindActionAsync(id))!.Title);
    }

    [Fact]
    public async Task TheProposerWithdrawsTheirAction()
    {
        var client = await app.BearerAsync(Actor);
        var id = await ProposeAsync(client);

        var response = await client.PostAsync($"/api/v1/actions/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ActionStatus.Withdrawn, (await app.FindActionAsync(id))!.Status);
    }

    [Fact]
    public async Task AFacilitatorRetainsAnAction()
    {
        var id = await ProposeAsync(await app.BearerAsync(Actor));
        var facilitator = await app.BearerAsync(Facilitator);

        var response = await facilitator.PostAsJsonAsync($"/api/v1/actions/{id}/status", new { status = "Retained", reason = "Priorité du schéma" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ActionStatus.Retained, (await app.FindActionAsync(id))!.Status);
    }

    [Fact]
    public async Task AnActorMayNotReview()
    {
        var client = await app.BearerAsync(Actor);
        var id = await ProposeAsync(client);

        var response = await client.PostAsJsonAsync($"/api/v1/actions/{id}/status", new { status = "Retained" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task NotRetainingWithoutReasonIsAProblem()
    {
        var id = await ProposeAsync(await app.BearerAsync(Actor));
        var facilitator = await app.BearerAsync(Facilitator);

        var response = await facilitator.PostAsJsonAsync($"/api/v1/actions/{id}/status", new { status = "NotRetained" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    private async Task<Guid> ProposeAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", await ProposalAsync());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<ProposalBody> ProposalAsync(string title = "Des bornes d'accès aux droits en mairie") =>
        new(Guid.NewGuid(), await app.FirstAxisAsync(DemoFacts.Sarthe), title, "Un poste accompagné dans chaque mairie volontaire.",
            [new IndicatorBody("Mairies équipées", "mairies", 0, 50, null)]);

    /// <summary>The JSON a client sends; unknown to the app's types on purpose, like a real client.</summary>
    private sealed record ProposalBody(Guid SubmissionKey, Guid AxisId, string Title, string Summary, IReadOnlyList<IndicatorBody> Indicators);

    private sealed record IndicatorBody(string Name, string Unit, decimal? Baseline, decimal? Target, DateOnly? DueOn);
}
