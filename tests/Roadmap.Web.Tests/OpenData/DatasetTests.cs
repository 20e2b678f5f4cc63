using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Web.Tests.Support;
using Xunit;

namespace Roadmap.Web.Tests.OpenData;

public sealed class DatasetTests(WebApp app) : IClassFixture<WebApp>
{
    public static readonly TheoryData<string> Names = new(["actions", "indicateurs", "valeurs", "soutiens", "sondages", "commentaires", "contributions-recueillies"]);

    private static readonly string Herault = OpenDataScene.Files(DemoFacts.Herault);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task EachDatasetParsesBackAgainstItsSchemaWithTheSizeTheListGives(string name)
    {
        using var client = app.Anonymous();
        var parsed = await DatasetReader.ReadAsync(client, Herault, name);

        var list = JsonDocument.Parse(await client.GetStringAsync(OpenDataScene.ApiFiles(DemoFacts.Herault))).RootElement;
        var listed = list.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("name").GetString() == name);
        Assert.Equal(parsed.CsvRows.Count, listed.GetProperty("rows").GetInt32());
        Assert.Equal(parsed.CsvRows.Count, parsed.CsvRows.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public async Task ActionsAreThoseTheSiteShows()
    {
        using var client = app.Anonymous();
        var parsed = await DatasetReader.ReadAsync(client, Herault, "actions");
        var visible = await app.WithDbAsync(db => db.Actions
            .Where(a => a.HiddenAt == null && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == DemoFacts.Herault))
            .Select(a => a.Id).ToListAsync());

        Assert.NotEmpty(visible);
        Assert.Equal(visible.Order(), parsed.Column("id").Select(Guid.Parse).Order());
    }

    [Fact]
    public async Task CommentBodiesWithLineBreaksQuotesCommasUnicodeAndFormulasComeBackAsTyped()
    {
        string[] bodies =
        [
            "=cmd|' /C calc'!A0", "+33 6 12", "-5 % cette année", "@SOMME(A1:A9)", "ligne 1\r\nligne 2, avec « guillemets » et \"citées\"",
            "Émoji 🎉, 日本語, ½", "<script>alert('x')</script>",
        ];
        var actionId = await app.VisibleActionAsync(DemoFacts.Herault);
        var authorId = await app.IdOfAsync(DemoFacts.Citizen);
        var ids = new List<Guid>();
        foreach (var body in bodies)
        {
            ids.Add(await app.CommentAsync(actionId, authorId, body));
        }

        using var client = app.Anonymous();
        var parsed = await DatasetReader.ReadAsync(client, Herault, "commentaires");

        var text = parsed.Index("texte");
        Assert.Equal(bodies, ids.Select(id => parsed.CsvRow(id.ToString())![text]));
        Assert.Equal(bodies, ids.Select(id => parsed.JsonRows.Single(r => r.GetProperty("id").GetString() == id.ToString()).GetProperty("texte").GetString()));
    }

    [Fact]
    public async Task HiddenHeldAndDeletedCommentsAreLeftOutAndAnErasedAuthorIsAnonymised()
    {
        var actionId = await app.VisibleActionAsync(DemoFacts.Herault, skip: 1);
        var author = await app.NewAccountAsync(displayName: "Auteur Visible");
        var shown = await app.CommentAsync(actionId, author.Id, "Visible");
        var hidden = await app.CommentAsync(actionId, author.Id, "Masqué", c => c.Hide("Hors sujet", DateTimeOffset.UtcNow));
        var held = await app.CommentAsync(actionId, author.Id, "Retenu", c => c.HoldForModeration(DateTimeOffset.UtcNow));
        var deleted = await app.CommentAsync(actionId, author.Id, "Supprimé", c => c.DeleteKeepingPlace(author.Id, DateTimeOffset.UtcNow));
        var erased = await app.CommentAsync(actionId, author.Id, "Compte supprimé", c => c.Anonymise());

        using var client = app.Anonymous();
        var parsed = await DatasetReader.ReadAsync(client, Herault, "commentaires");

        Assert.Equal("Auteur Visible", parsed.CsvRow(shown.ToString())![parsed.Index("auteur")]);
        Assert.Equal(ParticipantNames.Deleted, parsed.CsvRow(erased.ToString())![parsed.Index("auteur")]);
        Assert.Null(parsed.CsvRow(hidden.ToString()));
        Assert.Null(parsed.CsvRow(held.ToString()));
        Assert.Null(parsed.CsvRow(deleted.ToString()));
    }

    [Fact]
    public async Task AHiddenActionLeavesEveryDatasetWithItsComments()
    {
        var actionId = await app.VisibleActionAsync(DemoFacts.Herault, skip: 2);
        var comment = await app.CommentAsync(actionId, await app.IdOfAsync(DemoFacts.Citizen), "Sur une action bientôt masquée");
        await app.WithDbAsync(async db =>
        {
            (await db.Actions.SingleAsync(a => a.Id == actionId)).Hide("Doublon", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        using var client = app.Anonymous();
        Assert.DoesNotContain(actionId.ToString(), (await DatasetReader.ReadAsync(client, Herault, "actions")).Column("id"));
        Assert.DoesNotContain(actionId.ToString(), (await DatasetReader.ReadAsync(client, Herault, "indicateurs")).Column("action_id"));
        Assert.DoesNotContain(actionId.ToString(), (await DatasetReader.ReadAsync(client, Herault, "soutiens")).Column("action_id"));
        Assert.Null((await DatasetReader.ReadAsync(client, Herault, "commentaires")).CsvRow(comment.ToString()));
    }

    [Fact]
    public async Task TheSameVersionAnswers304ByETagOrDateAndANewCommentChangesIt()
    {
        using var client = app.Anonymous();
        using var first = await client.GetAsync($"{Herault}/commentaires.csv");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.True(etag.IsWeak);
        Assert.Equal("attachment", first.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{DemoFacts.Herault}-commentaires.csv", first.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains(first.Headers.GetValues("Link"), l => l.Contains("rel=\"license\"", StringComparison.Ordinal) && l.Contains("etalab", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, $"{Herault}/commentaires.csv", r => r.Headers.IfNoneMatch.Add(etag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, $"{Herault}/commentaires.json", r => r.Headers.IfModifiedSince = lastModified)).StatusCode);

        await app.CommentAsync(await app.VisibleActionAsync(DemoFacts.Herault), await app.IdOfAsync(DemoFacts.Citizen), "Nouveau");
        using var after = await SendAsync(client, $"{Herault}/commentaires.csv", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
    }

    [Fact]
    public async Task TheServerStreamsWithoutBufferingTheWholeFile()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync($"{Herault}/commentaires.csv", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("/feuilles-de-route/usages-services-numeriques-herault/donnees/inconnu.csv")]
    [InlineData("/feuilles-de-route/usages-services-numeriques-herault/donnees/actions.xml")]
    [InlineData("/feuilles-de-route/nulle-part/donnees/actions.csv")]
    [InlineData("/feuilles-de-route/nulle-part/donnees")]
    public async Task AnUnknownDatasetFormatOrRoadmapIsNotFound(string path)
    {
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("inconnu.csv")]
    [InlineData("actions.xml")]
    public async Task TheApiAnswersAnUnknownDatasetWithAFrenchProblem(string file)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync($"{OpenDataScene.ApiFiles(DemoFacts.Herault)}/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiServesTheSameFilesAndDescribesThemInOpenApi()
    {
        using var client = app.Anonymous();
        var site = await client.GetByteArrayAsync($"{Herault}/actions.csv");
        var api = await client.GetByteArrayAsync($"{OpenDataScene.ApiFiles(DemoFacts.Herault)}/actions.csv");
        var schema = await client.GetStringAsync($"{OpenDataScene.ApiFiles(DemoFacts.Herault)}/actions.schema.json");
        var openApi = await client.GetStringAsync("/openapi/v1.json");

        Assert.Equal(site, api);
        Assert.Contains("\"primaryKey\": \"id\"", schema, StringComparison.Ordinal);
        Assert.Contains("/api/v1/roadmaps/{slug}/datasets", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/v1/roadmaps/{slug}/datasets/{file}", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageListsEachDatasetWithItsFilesAndTheLicence()
    {
        using var client = app.Anonymous();
        var html = await client.GetStringAsync(Herault);

        Assert.Equal(1, HtmlAssertions.CountH1(html));
        Assert.Contains("Données ouvertes de", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"license\"", html, StringComparison.Ordinal);
        Assert.Contains("Licence Ouverte / Open Licence version 2.0", html, StringComparison.Ordinal);
        foreach (var name in Names)
        {
            Assert.Contains($"href=\"{Herault}/{name}.csv\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"{Herault}/{name}.json\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"{Herault}/{name}.schema.json\"", html, StringComparison.Ordinal);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, Action<HttpRequestMessage> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers(request);
        return client.SendAsync(request);
    }
}
