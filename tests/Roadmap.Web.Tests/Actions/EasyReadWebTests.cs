using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Roadmap.Web.Tests.OpenData;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Actions;

/// <summary>An « En bref » sent through the API, read back on the action page, in the lists, the API and the open data.</summary>
public sealed class EasyReadWebTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Posted = "<script>alert('x')</script> Une borne dans votre mairie.\r\nUne personne vous aide.";

    [Fact]
    public async Task TheActionPageShowsItFirstOneLineAParagraphAndMarkupAsText()
    {
        var (_, path) = await ProposeAsync("Des bornes d'accès aux droits, en bref");

        var html = await app.Anonymous().GetStringAsync(new Uri(path, UriKind.Relative));
        var page = await new HtmlParser().ParseDocumentAsync(html);

        var box = page.QuerySelector("section.easy-read") ?? throw new InvalidOperationException("no « En bref » box");
        Assert.Equal("En bref", box.QuerySelector("h2")?.TextContent);
        Assert.Equal(["<script>alert('x')</script> Une borne dans votre mairie.", "Une personne vous aide."], box.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var lead = page.QuerySelector("p.lead") ?? throw new InvalidOperationException("no résumé");
        Assert.True(box.CompareDocumentPosition(lead).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the « En bref » comes before the résumé");
    }

    [Fact]
    public async Task TheApiAndTheSearchResultsCarryIt()
    {
        var (id, _) = await ProposeAsync("Une borne numérique encadrée en mairie");

        var action = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/actions/{id}");
        var html = await app.Anonymous().GetStringAsync(new Uri($"/feuilles-de-route/{DemoFacts.Sarthe}/actions?q=borne+encadr%C3%A9e", UriKind.Relative));
        var card = (await new HtmlParser().ParseDocumentAsync(html)).QuerySelector("li.action-card .easy-read-gist");

        Assert.Equal("<script>alert('x')</script> Une borne dans votre mairie.\nUne personne vous aide.", action.GetProperty("easyRead").GetString());
        Assert.Equal("En bref <script>alert('x')</script> Une borne dans votre mairie. Une personne vous aide.", card?.TextContent.Trim());
    }

    [Fact]
    public async Task TheOpenDataActionsFileHasTheEnBrefColumn()
    {
        var csv = await app.Anonymous().GetStringAsync(new Uri($"{OpenDataScene.ApiFiles(DemoFacts.Sarthe)}/actions.csv", UriKind.Relative));

        Assert.Contains(",en_bref,", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("La fibre est un câble qui apporte un internet très rapide.", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATooLongEnBrefIsAFrenchFieldError()
    {
        var client = await app.BearerAsync(DemoFacts.Actor);
        var body = new ProposalBody(Guid.NewGuid(), await app.FirstAxisAsync(DemoFacts.Sarthe), "Trop long", "Un résumé.", new string('a', 401));

        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Le texte « En bref » ne doit pas dépasser 400 caractères.", errors.GetProperty("easyRead")[0].GetString());
    }

    private async Task<(Guid Id, string Path)> ProposeAsync(string title)
    {
        var client = await app.BearerAsync(DemoFacts.Actor);
        var body = new ProposalBody(Guid.NewGuid(), await app.FirstAxisAsync(DemoFacts.Sarthe), title, "Un poste accompagné dans chaque mairie volontaire.", Posted);
        var response = await client.PostAsJsonAsync($"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (id, $"/feuilles-de-route/{DemoFacts.Sarthe}/actions/{id}");
    }

    /// <summary>The JSON a client sends, unknown to the app's types like a real client's.</summary>
    private sealed record ProposalBody(Guid SubmissionKey, Guid AxisId, string Title, string Summary, string EasyRead);
}
